import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../src/graph/payload.ts';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { fixtureSite } from './support/fixture-catalog.ts';

const fixture = fixtureSite();

let site: Site;
beforeAll(async () => {
  site = await openSite(fixture.site);
});
afterAll(async () => {
  await site?.close();
});

/** Opens the graph page and waits for its script to take over. */
async function openGraph(path = '/graph/', viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[]; data: GraphPayload }> {
  const { page, errors } = await site.newPage();
  await page.setViewportSize(viewport);
  await page.goto(site.url(path));
  await page.waitForSelector('[data-graph][data-ready]');
  const data = JSON.parse((await page.locator('#graph-data').textContent()) ?? '{}') as GraphPayload;
  return { page, errors, data };
}

/** Bounding boxes of the labels on screen, in pixels from the drawing's top left corner. */
function visibleLabelBoxes(page: Page): Promise<{ text: string; x0: number; y0: number; x1: number; y1: number }[]> {
  return page.$$eval('.graph-svg .lbl', (labels) => {
    const frame = document.querySelector('.graph-svg')!.getBoundingClientRect();
    return labels
      .filter((label) => getComputedStyle(label).display !== 'none')
      .map((label) => {
        const box = label.getBoundingClientRect();
        return { text: label.textContent ?? '', x0: box.left - frame.left, y0: box.top - frame.top, x1: box.right - frame.left, y1: box.bottom - frame.top };
      });
  });
}

function overlapping(boxes: { text: string; x0: number; y0: number; x1: number; y1: number }[]): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) pairs.push(`${a.text} / ${b.text}`);
    }
  });
  return pairs;
}

describe('the topic graph page', () => {
  it('shows one node per topic page, each linking to it', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url('/topics/'));
    const topicPages = (await page.locator('table tbody th a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).sort();
    expect(topicPages.length).toBeGreaterThan(10);
    await page.goto(site.url('/graph/'));
    const nodes = await page.locator('.graph-svg a.node').evaluateAll((links) => links.map((a) => new URL((a as SVGAElement).href.baseVal, location.href).pathname));
    expect(nodes.sort()).toEqual(topicPages);
    // and the table for screen readers lists the same topics
    expect(await page.locator('.graph-table tbody tr').count()).toBe(topicPages.length);
    expect(errors).toEqual([]);
  });

  it('is drawn without JavaScript, labels apart', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const { page, errors } = await site.newPage(context);
    await page.goto(site.url('/graph/'));
    const box = await page.locator('.graph-svg').boundingBox();
    expect(box!.width).toBeGreaterThan(800);
    expect(box!.height).toBeGreaterThan(400);
    const labels = await visibleLabelBoxes(page);
    expect(labels.length).toBeGreaterThan(5);
    expect(overlapping(labels)).toEqual([]);
    expect(await page.locator('.graph-svg a.node').first().getAttribute('href')).toMatch(/\/topics\/[a-z0-9-]+\/$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not move the picture when the script takes over', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const { page: still } = await site.newPage(context);
    await still.goto(site.url('/graph/'));
    const before = await visibleLabelBoxes(still);
    await context.close();
    const { page, errors } = await openGraph();
    const after = await visibleLabelBoxes(page);
    expect(after.map((b) => b.text)).toEqual(before.map((b) => b.text));
    // to within half a pixel: sub-pixel noise is not a jiggle
    const moved = after.flatMap((b, i) => {
      const a = before[i]!;
      return Math.max(Math.abs(a.x0 - b.x0), Math.abs(a.y0 - b.y0), Math.abs(a.x1 - b.x1), Math.abs(a.y1 - b.y1)) > 0.5 ? [b.text] : [];
    });
    expect(moved).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('highlights the neighbours of a hovered topic and fades the rest', async () => {
    const { page, errors, data } = await openGraph();
    const node = 0;
    const expected = new Set<number>();
    for (const [a, b] of data.edges) if (a === node || b === node) expected.add(a === node ? b : a);
    expect(expected.size).toBeGreaterThan(0);
    await page.locator('.graph-svg a.node .shape').nth(node).hover();
    await page.waitForSelector('.graph-svg.hl-mode');
    const state = await page.$$eval('.graph-svg a.node', (nodes) =>
      nodes.map((n) => ({ hl: n.classList.contains('hl'), nb: n.classList.contains('nb'), opacity: Number(getComputedStyle(n).opacity) })),
    );
    expect(state[node]!.hl).toBe(true);
    expect(new Set(state.flatMap((s, i) => (s.nb ? [i] : [])))).toEqual(expected);
    const faded = state.findIndex((_, i) => i !== node && !expected.has(i));
    if (faded >= 0) {
      await page.waitForFunction((i) => Number(getComputedStyle(document.querySelectorAll('.graph-svg a.node')[i]!).opacity) < 0.5, faded);
    }
    for (const i of expected) expect(state[i]!.opacity).toBe(1);
    // the hovered topic's links stand out; moving away clears it all
    expect(await page.locator('.graph-svg line.edge.hl').count()).toBe(expected.size);
    await page.mouse.move(5, 5);
    await page.waitForSelector('.graph-svg:not(.hl-mode)');
    expect(errors).toEqual([]);
  });

  it('opens the topic page when a node is clicked', async () => {
    const { page, errors, data } = await openGraph();
    const topic = data.nodes[2]!;
    await page.locator('.graph-svg a.node').nth(2).locator('.shape').click();
    await page.waitForURL(/\/topics\/[a-z0-9-]+\/$/);
    expect(new URL(page.url()).pathname).toBe(topic.href);
    expect((await page.locator('h1').textContent())?.trim()).toBe(topic.name);
    expect(errors).toEqual([]);
  });

  it('hides links weaker than the slider says', async () => {
    const { page, errors, data } = await openGraph();
    const strengths = data.edges.map((e) => e[2]).sort((a, b) => a - b);
    const min = Math.ceil(strengths[Math.floor(strengths.length / 2)]! * 100) / 100;
    const stronger = strengths.filter((s) => s >= min - 1e-9).length;
    expect(stronger).toBeLessThan(data.edges.length);
    await page.locator('#graph-strength').fill(String(min));
    const shown = await page.$$eval('.graph-svg line.edge', (lines) => lines.filter((l) => getComputedStyle(l).display !== 'none').length);
    expect(shown).toBe(stronger);
    expect(await page.locator('output[for="graph-strength"]').textContent()).toBe(`${stronger} of ${data.edges.length} links`);
    await page.locator('#graph-strength').fill('0');
    expect(await page.locator('.graph-svg line.edge.off').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('finds a topic by name and focuses it', async () => {
    const { page, errors, data } = await openGraph();
    const topic = data.nodes[5]!;
    await page.locator('#graph-find').fill(topic.name.slice(0, 6).toLowerCase());
    expect(await page.locator('.graph-svg a.node.match').count()).toBeGreaterThan(0);
    await page.locator('#graph-find').fill(topic.name);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('.graph-svg a.node.hl'));
    expect(await page.evaluate(() => (document.activeElement as SVGElement).dataset['i'])).toBe('5');
    expect(await page.locator('[data-graph-status]').textContent()).toContain(topic.name);
    // Enter on the focused topic opens it
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${topic.href}`);
    expect(errors).toEqual([]);
  });

  it('lets keyboard users tab through the topics', async () => {
    const { page, errors, data } = await openGraph();
    await page.locator('[data-zoom="reset"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain(data.nodes[0]!.name);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as SVGElement).dataset['i'])).toBe('1');
    expect(await page.locator('.graph-svg a.node.hl').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('reveals more labels as it zooms in, still apart', async () => {
    // a window small enough that the fixture's topics do not all fit their labels at first
    const { page, errors, data } = await openGraph('/graph/', { width: 640, height: 700 });
    const before = (await visibleLabelBoxes(page)).length;
    expect(before).toBeLessThan(data.nodes.length);
    await page.locator('[data-zoom="in"]').click();
    await page.locator('[data-zoom="in"]').click();
    const after = await visibleLabelBoxes(page);
    expect(after.length).toBeGreaterThan(before);
    expect(overlapping(after)).toEqual([]);
    // labels keep their size on screen: one or two lines of small text, not blown up
    const heights = after.map((b) => b.y1 - b.y0);
    expect(Math.max(...heights)).toBeLessThan(40);
    expect(errors).toEqual([]);
  });

  it('pans when dragged and moves a node when it is dragged', async () => {
    const { page, errors } = await openGraph();
    const viewport = () => page.locator('.graph-svg .viewport').getAttribute('transform');
    const frame = (await page.locator('.graph-frame').boundingBox())!;
    await page.mouse.move(frame.x + 8, frame.y + 8);
    await page.mouse.down();
    await page.mouse.move(frame.x + 80, frame.y + 50, { steps: 5 });
    await page.mouse.up();
    expect(await viewport()).toMatch(/translate\(/);
    const node = page.locator('.graph-svg a.node').nth(3);
    const from = await node.getAttribute('transform');
    const box = (await node.locator('.shape').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + 40, { steps: 5 });
    await page.mouse.up();
    expect(await node.getAttribute('transform')).not.toBe(from);
    // a drag is not a click: still on the graph page
    expect(new URL(page.url()).pathname).toBe('/graph/');
    expect(errors).toEqual([]);
  });

  it('draws on a canvas when asked, and a click there still opens the topic', async () => {
    const { page, errors, data } = await openGraph('/graph/?renderer=canvas');
    expect(await page.locator('[data-graph]').getAttribute('data-renderer')).toBe('canvas');
    expect(await page.locator('.graph-svg').isVisible()).toBe(false);
    const frame = (await page.locator('.graph-canvas').boundingBox())!;
    const unit = frame.width / data.width;
    const topic = data.nodes[0]!;
    await page.mouse.click(frame.x + topic.x * unit, frame.y + topic.y * unit);
    await page.waitForURL(`**${topic.href}`);
    expect(errors).toEqual([]);
  });
});

describe('a topic page', () => {
  it('shows its local graph, linking onward, without any script of its own', async () => {
    const { page, errors } = await site.newPage();
    const { data } = await openGraph();
    const topic = data.nodes[0]!;
    await page.goto(site.url(topic.href));
    const figure = page.locator('figure.local-graph');
    await figure.waitFor();
    expect(await figure.locator('svg .self').count()).toBe(1);
    const links = await figure.locator('svg a.node').evaluateAll((as) => as.map((a) => new URL((a as SVGAElement).href.baseVal, location.href).pathname));
    expect(links.length).toBeGreaterThan(0);
    const related = await page.locator('#related-heading + ul a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    for (const link of links) expect(related).toContain(link);
    expect(await figure.locator('script').count()).toBe(0);
    await figure.locator('svg a.node .shape').first().click();
    await page.waitForURL(`**${links[0]}`);
    await page.goBack();
    await figure.getByRole('link', { name: 'See it in the whole graph' }).click();
    await page.waitForSelector('[data-graph][data-ready]');
    await page.waitForFunction(() => document.activeElement?.matches('.graph-svg a.node[data-i="0"]'));
    expect(errors).toEqual([]);
  });
});

describe('the topic graph on a phone', () => {
  it('shows a topic on the first tap and opens it on the second', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const { page, errors } = await site.newPage(context);
    await page.goto(site.url('/graph/'));
    await page.waitForSelector('[data-graph][data-ready]');
    // a few labels even on a small screen, none over another
    const labels = await visibleLabelBoxes(page);
    expect(labels.length).toBeGreaterThan(2);
    expect(overlapping(labels)).toEqual([]);
    const node = page.locator('.graph-svg a.node').nth(1);
    await node.scrollIntoViewIfNeeded();
    const href = await node.getAttribute('href');
    const box = (await node.locator('.shape').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.graph-svg a.node.hl[data-i="1"]');
    expect(new URL(page.url()).pathname).toBe('/graph/');
    expect(await node.locator('.lbl').isVisible()).toBe(true);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(`**${href}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
