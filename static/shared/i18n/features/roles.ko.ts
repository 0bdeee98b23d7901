/** 한국어: 역할과 비공개 목표(이슈 10, 2·3항) 문구. ../ko.ts가 카탈로그에 합칩니다. */
export const rolesKo = {
  'roles.readOnlyTeam': '{team}의 OKR을 볼 수 있습니다. 추가하거나 바꾸는 것은 팀 관리자와 앱 관리자가 할 수 있습니다.',
  'roles.readOnlyOrganisation': '이 OKR을 볼 수 있습니다. 추가하거나 바꾸는 것은 각 팀의 관리자와 앱 관리자가 할 수 있습니다.',
  'roles.signIn': '체크인하거나 OKR을 바꾸려면 Atlassian에 로그인하세요.',
  'roles.checkInWho': '{team} 팀원과 핵심 결과 담당자가 체크인할 수 있습니다.',
  'roles.private': '비공개',
  'roles.privateHint': '{team}의 팀원·팀 관리자와 앱 관리자만 이 목표를 볼 수 있습니다.',
  'roles.privateAligned': '이 목표에 정렬된 비공개 목표: {count}개',
  'roles.visibility': '공개 범위',
  'roles.visibility.public': 'OKR을 볼 수 있는 모든 사람',
  'roles.visibility.private': '이 팀과 앱 관리자만',
  'roles.visibility.help': '비공개 목표는 다른 사람에게 보이지 않으며, 정렬된 상위 목표에는 비공개 목표의 개수만 표시됩니다.',
  'roles.settingsWho': '모든 프로젝트에서 에픽 완료율을 계산하는 방식입니다. 앱 관리자가 정합니다.',
  'empty.bodyReadOnly': '이 주기에는 아직 작성된 목표가 없습니다. 팀 관리자가 여기나 팀 OKR 세션에서 추가합니다.',
  'setup.open': 'OKR 설정 열기',
  'setup.whoCan': '앱 관리자(Jira·Confluence 사이트 관리자와 OKR 설정에서 지정한 사람)가 설정합니다. 그중 한 명에게 요청하세요.',
} as const;
