// A User-Agent header as a person reads it: "Chrome 131, Windows", "Cốc Cốc 128, Windows", "Zalo, Android".

/** Checked in order: in-app and derived browsers name Chrome or Safari in their headers too. */
const browsers: [pattern: RegExp, name: string][] = [
  [/\bZalo\b/, 'Zalo'],
  [/coc_coc_browser\/(\d+)/, 'Cốc Cốc'],
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/\bOPR\/(\d+)/, 'Opera'],
  [/SamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/HeadlessChrome\/(\d+)/, 'Chrome (headless)'],
  [/\b(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[\d.]*(?: Mobile\/\S+)? Safari\//, 'Safari'],
  [/^curl\/(\d+(?:\.\d+)?)/, 'curl'],
  [/^Wget\/(\d+(?:\.\d+)?)/, 'Wget'],
  [/^python-requests\/(\d+(?:\.\d+)?)/, 'Python requests'],
];

const systems: [pattern: RegExp, name: string][] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

export function summariseUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = browsers.find(([pattern]) => pattern.test(userAgent));
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser) return system ?? userAgent.slice(0, 40);
  const version = browser[0].exec(userAgent)?.[1];
  const name = version ? `${browser[1]} ${version}` : browser[1];
  return system ? `${name}, ${system}` : name;
}
