/**
 * The OKR in one sentence (seed 003): "We will achieve “objective” as measured by “KR 1”, “KR 2”
 * and “KR 3”." Korean reads "우리는 ‘KR 1’, ‘KR 2’ 및 ‘KR 3’으로 측정되는 ‘목표’ 목표를 달성한다.":
 * the particle after the list (로 / 으로) follows the sound of its last syllable.
 */
import type { I18n } from '@shared/i18n';

export function okrSentence({ t, language, locale }: Pick<I18n, 't' | 'language' | 'locale'>, objective: string, keyResults: readonly string[]): string {
  const quote = (text: string) => t('session.sentence.quote', { text });
  if (keyResults.length === 0) return t('session.sentence.noKeyResults', { objective: quote(objective) });
  const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(keyResults.map(quote));
  return t('session.sentence', { objective: quote(objective), keyResults: language === 'ko' ? list + instrumentalParticle(list) : list });
}

/** 로 after a vowel or ㄹ, 으로 after any other final consonant; "(으)로" when the sound is unknown (Latin letters). */
export function instrumentalParticle(text: string): string {
  const last = [...text].reverse().find((char) => /[\p{L}\p{N}%]/u.test(char));
  if (last === undefined) return '(으)로';
  const code = last.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return final === 0 || final === 8 ? '로' : '으로';
  }
  // Digits read in Sino-Korean: 영 삼 육 end in a consonant other than ㄹ.
  if (/[036]/.test(last)) return '으로';
  if (/[1245789%]/.test(last)) return '로';
  return '(으)로';
}
