import { Injectable } from '@nestjs/common';

/**
 * How long an answer may be served again at most: stale, overdue and due
 * soon move with the clock, and a change made outside the API (by hand in
 * SQL) moves no write mark.
 */
const MAX_AGE_MS = 5_000;
const MAX_ENTRIES = 200;

export interface CachedAnswer {
  /** What had been written when the answer was computed; see ReadResponseCachePlugin. */
  writeMark: string;
  today: string;
  storedAt: number;
  data: Record<string, unknown>;
}

/** Answers to read queries, by caller and request, bounded in number (oldest out first). */
@Injectable()
export class ReadResponseCache {
  private readonly answers = new Map<string, CachedAnswer>();

  get(key: string, writeMark: string, today: string, now: number): Record<string, unknown> | null {
    const answer = this.answers.get(key);
    const fresh = answer !== undefined && answer.writeMark === writeMark && answer.today === today && now - answer.storedAt < MAX_AGE_MS;
    return fresh ? answer.data : null;
  }

  set(key: string, answer: CachedAnswer): void {
    this.answers.delete(key);
    if (this.answers.size >= MAX_ENTRIES) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, answer);
  }
}
