import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '@shared/i18n/translate';
import { instrumentalParticle, okrSentence } from './okr-sentence';

describe('instrumentalParticle (로 / 으로)', () => {
  it('takes 로 after a final vowel', () => {
    expect(instrumentalParticle('고객 만족도')).toBe('로');
    expect(instrumentalParticle('목표')).toBe('로');
    expect(instrumentalParticle('가')).toBe('로'); // the first syllable block
  });

  it('takes 로 after ㄹ, the one final consonant that behaves like a vowel', () => {
    expect(instrumentalParticle('서울')).toBe('로');
    expect(instrumentalParticle('매출')).toBe('로');
  });

  it('takes 으로 after any other final consonant', () => {
    expect(instrumentalParticle('성장')).toBe('으로'); // ㅇ
    expect(instrumentalParticle('사람')).toBe('으로'); // ㅁ
    expect(instrumentalParticle('책')).toBe('으로'); // ㄱ
    expect(instrumentalParticle('힣')).toBe('으로'); // the last syllable block, ㅎ
    expect(instrumentalParticle('각')).toBe('으로'); // the first final, ㄱ
    expect(instrumentalParticle('닭')).toBe('으로'); // ㄺ: a cluster starting with ㄹ is not ㄹ
  });

  it('reads the last letter, skipping closing quotes, punctuation and spaces', () => {
    expect(instrumentalParticle('‘성장’')).toBe('으로');
    expect(instrumentalParticle('‘KR 1’, ‘KR 2’ 및 ‘매출’.')).toBe('로');
    expect(instrumentalParticle('신규 고객 ')).toBe('으로');
  });

  it('reads digits as Sino-Korean numbers', () => {
    // 영 삼 육 end in ㅇ/ㅁ/ㄱ: 으로.
    for (const digit of ['0', '3', '6']) expect(instrumentalParticle(`KR ${digit}`)).toBe('으로');
    // 일 칠 팔 end in ㄹ, 이 사 오 구 in a vowel: 로.
    for (const digit of ['1', '2', '4', '5', '7', '8', '9']) expect(instrumentalParticle(`KR ${digit}`)).toBe('로');
    // 10 is 십, but the rule reads the last digit: 영 -> 으로.
    expect(instrumentalParticle('10')).toBe('으로');
    expect(instrumentalParticle('매출 20% 증가 → 30%')).toBe('로'); // 퍼센트
  });

  it('writes both forms when the sound is unknown (Latin letters) or there is no letter', () => {
    expect(instrumentalParticle('NPS')).toBe('(으)로');
    expect(instrumentalParticle('‘Revenue’')).toBe('(으)로');
    expect(instrumentalParticle('')).toBe('(으)로');
    expect(instrumentalParticle('“ ”!')).toBe('(으)로');
  });

  it('does not count a lone jamo as a syllable', () => {
    expect(instrumentalParticle('ㅋ')).toBe('(으)로');
  });
});

describe('okrSentence', () => {
  const ko = { t: createTranslator('ko'), language: 'ko' as const, locale: 'ko-KR' };
  const en = { t: createTranslator('en'), language: 'en' as const, locale: 'en-US' };

  it('joins the key results in Korean with the particle the last one needs', () => {
    expect(okrSentence(ko, '고객 성공', ['이탈률 5% 감소', '신규 고객'])).toBe('우리는 ‘이탈률 5% 감소’ 및 ‘신규 고객’으로 측정되는 ‘고객 성공’ 목표를 달성한다.');
    expect(okrSentence(ko, '고객 성공', ['매출'])).toBe('우리는 ‘매출’로 측정되는 ‘고객 성공’ 목표를 달성한다.');
  });

  it('adds no particle in English', () => {
    expect(okrSentence(en, 'Delight customers', ['NPS 40', 'Churn below 2%', 'Ship onboarding'])).toBe(
      'We will achieve “Delight customers” as measured by “NPS 40”, “Churn below 2%”, and “Ship onboarding”.',
    );
  });

  it('says the key results are still to come when there are none', () => {
    expect(okrSentence(en, 'Delight customers', [])).toBe('We will achieve “Delight customers”. Its key results will say how it is measured.');
    expect(okrSentence(ko, '고객 성공', [])).toBe('우리는 ‘고객 성공’ 목표를 달성한다. 어떻게 측정할지는 핵심 결과로 정한다.');
  });
});
