/**
 * Keeps requests to one host at least `delayMs` apart within this process. Spacing across processes
 * (through Redis) comes with the crawler's hardening.
 */
export class HostSpacing {
  private readonly nextFree = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** Waits until the host may be asked again, and books the slot. */
  async wait(url: string, delayMs = this.delayMs): Promise<void> {
    const host = new URL(url).host;
    const now = Date.now();
    const slot = Math.max(now, this.nextFree.get(host) ?? 0);
    this.nextFree.set(host, slot + delayMs);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
