// The access_token the platforms' APIs want: fetched from the token endpoint, kept until shortly
// before it expires, and given up when the platform says it is no longer good.

/** Refreshed this long before the platform's expiry, so that no call goes out with a token about to lapse. */
const EARLY_SECONDS = 300;

export interface IssuedToken {
  value: string;
  expiresInSeconds: number;
}

export class AccessToken {
  private current: { value: string; until: number } | undefined;
  /** One fetch at a time: calls that need a token meanwhile wait for it (a 公众号 fetch invalidates the last token). */
  private fetching: Promise<string> | undefined;

  constructor(
    private readonly fetchToken: () => Promise<IssuedToken>,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<string> {
    if (this.current && this.now() < this.current.until) return this.current.value;
    this.fetching ??= this.fetchToken()
      .then(({ value, expiresInSeconds }) => {
        this.current = { value, until: this.now() + Math.max(0, expiresInSeconds - EARLY_SECONDS) * 1000 };
        return value;
      })
      .finally(() => {
        this.fetching = undefined;
      });
    return this.fetching;
  }

  /** The platform refused `value` (40001, 42001): the next get() fetches a new one, unless another call already has. */
  expire(value: string): void {
    if (this.current?.value === value) this.current = undefined;
  }
}
