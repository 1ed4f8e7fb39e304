import { findUrls } from '../content/find-urls.ts';

export type LinkKind = 'code' | 'model' | 'project';

export interface PaperLink {
  url: string;
  kind: LinkKind;
  /** Short label for a button, e.g. `GitHub · org/repo`. */
  label: string;
}

const CODE_HOSTS = /^(www\.)?(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com)$/;
const MODEL_HOSTS = /(^|\.)(huggingface\.co|hf-mirror\.[a-z0-9.-]+)$/;

function classify(url: URL): LinkKind {
  if (CODE_HOSTS.test(url.hostname)) return 'code';
  if (MODEL_HOSTS.test(url.hostname) || url.hostname.includes('huggingface')) return 'model';
  return 'project';
}

function labelOf(url: URL, kind: LinkKind): string {
  const path = url.pathname.split('/').filter(Boolean);
  if (kind === 'code') {
    const host = url.hostname.replace(/^www\./, '').split('.')[0]!;
    const name = host === 'github' ? 'GitHub' : host === 'gitlab' ? 'GitLab' : host;
    return path.length >= 2 ? `${name} · ${path[0]}/${path[1]!.replace(/\.git$/, '')}` : name;
  }
  if (kind === 'model') return path.length > 0 ? `Models · ${path.slice(0, 2).join('/')}` : 'Models';
  return `Project page · ${url.hostname.replace(/^www\./, '')}`;
}

/** Code, model and project links found in an abstract (plus extra ones), each once, in order. */
export function paperLinks(abstract: string, extra: readonly string[] = []): PaperLink[] {
  const seen = new Set<string>();
  const links: PaperLink[] = [];
  for (const raw of [...findUrls(abstract).map((m) => m.url), ...extra]) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    const key = url.href.replace(/\/$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = classify(url);
    links.push({ url: raw, kind, label: labelOf(url, kind) });
  }
  return links;
}
