/**
 * Open connections per remote address, held to `perAddress`. Its table holds only addresses
 * with a connection open, so it is bounded by the open connections themselves.
 */
export class ConnectionCap {
  private readonly open = new Map<string, number>();

  constructor(private readonly perAddress: number) {}

  /** Counts a new connection from `address`; false (nothing counted) when it already holds its share. */
  take(address: string): boolean {
    const count = this.open.get(address) ?? 0;
    if (count >= this.perAddress) return false;
    this.open.set(address, count + 1);
    return true;
  }

  release(address: string): void {
    const count = this.open.get(address) ?? 0;
    if (count <= 1) this.open.delete(address);
    else this.open.set(address, count - 1);
  }

  get addresses(): number {
    return this.open.size;
  }
}
