/** One request as the simulated panel saw it: what tests assert on ("exactly one create call"). */
export type CallRecord = {
  seq: number;
  at: string;
  method: string;
  path: string;
  query: string;
  /** The parsed JSON body, when there was one. */
  body?: unknown;
  /** The status sent, or null when the connection was dropped or never answered. */
  status: number | null;
  fault?: string;
  durationMs?: number;
};

const MAX_CALLS = 5_000;

export class CallLog {
  private records: CallRecord[] = [];
  private seq = 0;

  start(entry: Omit<CallRecord, "seq" | "at" | "status">): CallRecord {
    const record: CallRecord = { seq: ++this.seq, at: new Date().toISOString(), status: null, ...entry };
    this.records.push(record);
    if (this.records.length > MAX_CALLS) this.records.splice(0, this.records.length - MAX_CALLS);

    return record;
  }

  list(since = 0) {
    return this.records.filter((record) => record.seq > since);
  }

  clear() {
    this.records = [];
  }
}
