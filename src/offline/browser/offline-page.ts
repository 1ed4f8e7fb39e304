/**
 * The /offline/ page: the whole catalog's size, a control that saves it with a progress
 * bar (bytes and files, announced in a live region), pauses and resumes, says what went
 * wrong when the disk is full, and removes the copy; the storage the browser granted.
 * The service worker also serves this page for pages that are not saved (see sw.ts):
 * then it says so.
 */
import { OFFLINE_PAGE, type FilesListing, type OfflineStatus } from '../files.ts';
import { OfflineCopy, type Progress, type SaveEnd } from './offline-copy.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** Announce progress at most this often: a screen reader cannot follow every file. */
const ANNOUNCE_MS = 1500;

const $ = <T extends HTMLElement>(name: string) => document.querySelector<T>(`[data-offline-${name}]`)!;
const saveButton = $<HTMLButtonElement>('save');
const removeButton = $<HTMLButtonElement>('remove');
const bar = $<HTMLProgressElement>('bar');
const summary = $('summary');
const progressText = $('progress');
const message = $('message');
const storage = $('storage');

const size = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
const count = (n: number) => n.toLocaleString('en-US');
const describe = (p: Progress) => `${size(p.doneBytes)} of ${size(p.totalBytes)} saved, ${count(p.doneFiles)} of ${count(p.totalFiles)} files (${percent(p)} %)`;
const percent = (p: Progress) => (p.totalBytes === 0 ? 100 : Math.floor((p.doneBytes / p.totalBytes) * 100));

const copy = new OfflineCopy(BASE);
let running: AbortController | undefined;
let lastAnnounced = 0;

function show(progress: Progress, announce: boolean): void {
  bar.hidden = false;
  bar.max = Math.max(1, progress.totalBytes);
  bar.value = progress.doneBytes;
  bar.setAttribute('aria-valuetext', describe(progress));
  const now = Date.now();
  if (announce || now - lastAnnounced >= ANNOUNCE_MS) {
    lastAnnounced = now;
    progressText.textContent = describe(progress);
  }
}

async function showStorage(): Promise<void> {
  if (!navigator.storage?.estimate) return;
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  const persisted = (await navigator.storage.persisted?.()) ?? false;
  storage.textContent =
    `This site uses ${size(usage)} of the ${size(quota)} your browser allows it. ` +
    (persisted ? 'The storage is persistent: the browser keeps it when space runs low.' : 'The browser may clear it when space runs low.');
}

function idle(label: string): void {
  running = undefined;
  saveButton.textContent = label;
  saveButton.hidden = false;
  saveButton.disabled = false;
}

function ended(end: SaveEnd, listing: FilesListing): void {
  if (end.kind === 'done') {
    message.textContent = '';
    summary.textContent = `The whole catalog is saved: ${count(listing.files)} files, ${size(listing.bytes)}. Every page and search work offline.`;
    saveButton.hidden = true;
    running = undefined;
  } else if (end.kind === 'paused') idle('Resume saving');
  else if (end.kind === 'quota') {
    message.textContent = `Saving stopped: the browser has no more storage for this site (at ${end.path}). What was saved stays and works offline. Free some space, or remove the offline copy, then resume.`;
    idle('Resume saving');
  } else {
    message.textContent = `Saving stopped: ${end.message}. What was saved stays; resume when the network is back.`;
    idle('Resume saving');
  }
  removeButton.hidden = false;
  void showStorage();
}

async function start(): Promise<void> {
  message.textContent = '';
  saveButton.textContent = 'Pause';
  running = new AbortController();
  const signal = running.signal;
  // Ask before the first byte, so the browser does not evict a half-saved catalog.
  const persisted = (await navigator.storage?.persist?.().catch(() => false)) ?? false;
  let listing: FilesListing;
  try {
    listing = await copy.listing();
  } catch (error) {
    message.textContent = `Could not read the catalog's file list (${error instanceof Error ? error.message : String(error)}). Saving needs the network; try again when online.`;
    idle('Save for offline reading');
    return;
  }
  progressText.textContent = persisted ? 'Saving; the browser granted persistent storage.' : 'Saving; the browser did not grant persistent storage, so it may clear the copy when space runs low.';
  let end: SaveEnd;
  try {
    end = await copy.save(listing, signal, (p) => show(p, false));
    show(await copy.progress(listing), true);
  } catch (error) {
    // Whatever goes wrong, the page says so and offers to resume: a save never just stops.
    end = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  ended(end, listing);
}

saveButton.addEventListener('click', () => {
  if (running) running.abort();
  else void start();
});

removeButton.addEventListener('click', async () => {
  running?.abort();
  await copy.remove();
  removeButton.hidden = true;
  bar.hidden = true;
  progressText.textContent = 'The offline copy was removed. The app shell stays, so the site still opens offline.';
  await init();
});

async function init(): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  const own = new URL(`${BASE}${OFFLINE_PAGE}`, location.href).pathname;
  if (location.pathname !== own) {
    // Served by the service worker in place of a page that is not saved.
    $('title').textContent = 'Not available offline';
    $('missing').hidden = false;
    document.title = `Not available offline · ${document.title.split(' · ').pop() ?? ''}`;
  }
  let status: OfflineStatus;
  try {
    status = await copy.status();
  } catch {
    summary.textContent = 'The offline copy is not ready yet: reload this page once it has loaded online.';
    return;
  }
  const [record, saved] = await Promise.all([copy.record(), copy.savedListing()]);
  const listing = saved?.version === status.version ? saved : undefined;
  const label = `Save ${size(status.bytes)} for offline reading`;
  if (status.complete) {
    summary.textContent = `The whole catalog (${count(status.files)} files, ${size(status.bytes)}) is stored on your first visit: every page and search work offline.`;
    saveButton.hidden = true;
  } else if (record?.complete && record.version === status.version) {
    summary.textContent = `The whole catalog is saved: ${count(status.files)} files, ${size(status.bytes)}. Every page and search work offline.`;
    saveButton.hidden = true;
    removeButton.hidden = false;
  } else {
    summary.textContent =
      `The whole catalog is ${count(status.files)} files, ${size(status.bytes)}. A first visit stores ${size(status.precachedBytes)} of it (the app shell, the home and topic pages and part of the search index); ` +
      'the pages you read are kept as you read them.' +
      (record && record.version !== status.version ? ' Your offline copy is from an earlier version: saving again fetches only what changed.' : '');
    idle(record && record.version === status.version ? 'Resume saving' : record ? 'Update the offline copy' : label);
    removeButton.hidden = !record;
    if (listing) show(await copy.progress(listing), true);
  }
  await showStorage();
}

void init();
