import { useTranslation } from "react-i18next";

/** Quality scores from −3 (much worse) to +3 (much better). */
export const SCORES = [3, 2, 1, 0, -1, -2, -3] as const;

const SCORE_KEYS = {
  "-3": "quality.scores.n3",
  "-2": "quality.scores.n2",
  "-1": "quality.scores.n1",
  "0": "quality.scores.0",
  "1": "quality.scores.1",
  "2": "quality.scores.2",
  "3": "quality.scores.3",
} as const;

function isScoreKey(value: string): value is keyof typeof SCORE_KEYS {
  return Object.prototype.hasOwnProperty.call(SCORE_KEYS, value);
}

/** "+2 Bedre" for 2; the number itself for a score outside the scale. */
export function useScoreLabel(): (score: number) => string {
  const { t } = useTranslation("businessCases");
  return (score) => {
    const key = String(score);
    return isScoreKey(key) ? t(SCORE_KEYS[key]) : key;
  };
}
