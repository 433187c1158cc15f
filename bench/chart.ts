import { Resvg } from '@resvg/resvg-js';
import { writeFile } from 'node:fs/promises';

/**
 * The report's chart, drawn in Node without a browser: Vega-Lite compiles the specification, Vega
 * renders it to SVG (pure JavaScript), resvg turns the SVG into a PNG (its native binary is an npm
 * package of its own, fetched from the npm registry like any other). Text is drawn with the
 * machine's fonts (DejaVu Sans on Debian); without any font the PNG still has the lines and axes.
 */
export interface LatencyPoint {
  concurrency: number;
  percentile: 'p50' | 'p95' | 'p99';
  ms: number;
}

export async function writeLatencyChart(
  points: LatencyPoint[],
  title: string,
  yTitle: string,
  path: string,
): Promise<void> {
  // Vega and Vega-Lite are ES modules only; this file is CommonJS.
  const vegaLite = await import('vega-lite');
  const vega = await import('vega');
  const spec = vegaLite.compile({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 560,
    height: 320,
    background: 'white',
    config: { font: 'DejaVu Sans' },
    data: { values: points },
    mark: { type: 'line', point: true },
    encoding: {
      x: {
        field: 'concurrency',
        type: 'quantitative',
        title: 'concurrent partners',
        scale: { type: 'log', base: 2 },
        axis: { values: [...new Set(points.map((p) => p.concurrency))] },
      },
      y: { field: 'ms', type: 'quantitative', title: yTitle },
      color: { field: 'percentile', type: 'nominal', title: null, sort: ['p50', 'p95', 'p99'] },
    },
  }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  const svg = await view.toSVG(2);
  view.finalize();
  const png = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: 'white',
  })
    .render()
    .asPng();
  await writeFile(path, png);
}
