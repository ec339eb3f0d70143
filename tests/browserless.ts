/**
 * A browser's part in a sign-in, without a browser: follows redirects one at
 * a time and keeps cookies per host, so a test can walk the authorization
 * code flow over real HTTP and look at every hop.
 */
export class CookieClient {
  private readonly jar = new Map<string, Map<string, string>>();

  /** One request, no redirects followed; cookies sent and kept. */
  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookies = this.jar.get(target.host);
    if (cookies && cookies.size > 0)
      headers.set(
        "cookie",
        [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
      );
    const response = await fetch(target, {
      ...init,
      headers,
      redirect: "manual",
    });
    this.keep(target.host, response.headers.getSetCookie());
    return response;
  }

  /** Follows redirects from `url` until a page answers, or `stopAt` is reached. */
  async follow(
    url: string | URL,
    stopAt?: (next: URL) => boolean,
  ): Promise<{ response: Response; url: URL }> {
    let current = new URL(url);
    for (let hop = 0; hop < 20; hop += 1) {
      const response = await this.request(current);
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location)
        return { response, url: current };
      await response.arrayBuffer();
      const next = new URL(location, current);
      if (stopAt?.(next)) return { response, url: next };
      current = next;
    }
    throw new Error(`too many redirects from ${String(url)}`);
  }

  /** A cookie's value for a host, or undefined. */
  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  private keep(host: string, setCookies: string[]): void {
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const isExpired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (isExpired || value === "") cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(host, cookies);
  }
}
