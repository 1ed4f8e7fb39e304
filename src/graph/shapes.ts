/**
 * Node shapes, one per community, so that colour is never the only thing telling
 * communities apart. Paths are centred on the origin and drawn at about the area of a
 * circle of radius `r`, so shape does not change how big a topic looks.
 * Shared by the build-time SVG and the browser's canvas renderer.
 */
export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'triangle-down', 'pentagon', 'star', 'cross'] as const;
export type Shape = (typeof SHAPES)[number];

const round = (v: number) => Math.round(v * 100) / 100;

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`;
}

function regular(sides: number, radius: number, rotation: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}

/** Radius of a regular polygon with the same area as a circle of radius r. */
function equalArea(sides: number, r: number): number {
  return r * Math.sqrt((2 * Math.PI) / (sides * Math.sin((2 * Math.PI) / sides)));
}

/** SVG path data for `shape` at radius `r`, centred on (0, 0). */
export function shapePath(shape: Shape, r: number): string {
  const up = -Math.PI / 2;
  switch (shape) {
    case 'circle':
      return `M${round(-r)} 0A${round(r)} ${round(r)} 0 1 0 ${round(r)} 0A${round(r)} ${round(r)} 0 1 0 ${round(-r)} 0Z`;
    case 'square':
      return polygon(regular(4, equalArea(4, r), Math.PI / 4));
    case 'diamond':
      return polygon(regular(4, equalArea(4, r) * 1.05, 0));
    case 'triangle':
      return polygon(regular(3, equalArea(3, r), up));
    case 'triangle-down':
      return polygon(regular(3, equalArea(3, r), -up));
    case 'hexagon':
      return polygon(regular(6, equalArea(6, r), 0));
    case 'pentagon':
      return polygon(regular(5, equalArea(5, r), up));
    case 'star': {
      const outer = r * 1.45;
      const points = regular(10, 1, up).map(([x, y], i): [number, number] => {
        const k = i % 2 === 0 ? outer : outer * 0.5;
        return [x * k, y * k];
      });
      return polygon(points);
    }
    case 'cross': {
      const a = r * 0.42;
      const b = r * 1.2;
      return polygon([[-a, -b], [a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]]);
    }
  }
}
