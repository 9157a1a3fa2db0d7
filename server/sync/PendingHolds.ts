/** How much a connection may have waiting for changes the room lacks, and for how long. */
export interface HoldLimits {
  /** Bytes (Yjs's V2 encoding) per connection. */
  readonly bytes: number;
  /** From the first held change until the connection's catch-up (ms). */
  readonly ms: number;
}

interface Hold {
  parts: Uint8Array[];
  bytes: number;
  readonly timer: NodeJS.Timeout;
}

/**
 * Changes each connection sent that the room cannot integrate yet, kept out of the room's
 * document (so never stored, relayed or re-read by every later update) until that
 * connection's catch-up lets them in. A reconnecting provider sends each new edit before its
 * sync step 2 brings the offline edits the new one follows: that is what a hold is for. A
 * connection whose hold passes `limits.bytes`, or is still held after `limits.ms`, is handed
 * to `overdue` (which closes it); its hold is dropped.
 */
export class PendingHolds<Owner extends object> {
  private readonly holds = new Map<Owner, Hold>();

  constructor(
    private readonly limits: HoldLimits,
    private readonly overdue: (owner: Owner, why: string) => void,
  ) {}

  /** Bytes `owner` holds now. */
  bytes(owner: Owner): number {
    return this.holds.get(owner)?.bytes ?? 0;
  }

  /** Holds `update` (V2) for `owner`; false, with the hold dropped and `overdue` told, when it passes the limit. */
  add(owner: Owner, update: Uint8Array): boolean {
    const hold = this.holds.get(owner) ?? this.start(owner);
    hold.parts.push(update);
    hold.bytes += update.length;
    if (hold.bytes <= this.limits.bytes) return true;
    this.drop(owner);
    this.overdue(owner, `held more than ${this.limits.bytes} bytes of changes the room lacks the base of`);
    return false;
  }

  /** What `owner` holds, oldest first, and forgets it. */
  take(owner: Owner): Uint8Array[] {
    const hold = this.holds.get(owner);
    this.drop(owner);
    return hold?.parts ?? [];
  }

  drop(owner: Owner): void {
    const hold = this.holds.get(owner);
    if (!hold) return;
    clearTimeout(hold.timer);
    this.holds.delete(owner);
  }

  private start(owner: Owner): Hold {
    const timer = setTimeout(() => {
      this.drop(owner);
      this.overdue(owner, `held changes the room lacks the base of for ${this.limits.ms / 1000} s`);
    }, this.limits.ms);
    timer.unref();
    const hold: Hold = { parts: [], bytes: 0, timer };
    this.holds.set(owner, hold);
    return hold;
  }
}
