// When a fact is background: it ended well before the article, so it is told as the past of the story.
import type { PartialDate, TimeRef } from '../model/index.js';
import { firstEpochDay, lastEpochDay } from '../understand/time/calendar.js';

/** Days between the end of a fact's time and the article after which the fact is the story's past. */
const PAST_AFTER_DAYS = 31;

/**
 * The time ended more than a month before the article ("in december", "drie maanden geleden", "vorig jaar" in an
 * article of March). In our Dutch gold every dated event that ended a month or more before its article is
 * `historical`, every one of the article's last week is news.
 */
export function isHistorical(time: TimeRef | null | undefined, published: PartialDate): boolean {
  if (!time?.value || !published.value) return false;
  const end = lastEpochDay(time.value);
  const start = firstEpochDay(published.value);
  return end !== null && start !== null && start - end > PAST_AFTER_DAYS;
}
