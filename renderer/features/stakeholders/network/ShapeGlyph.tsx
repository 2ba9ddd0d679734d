// A 16-pixel drawing of a network node's shape and colour, for the legend.
import type { NodeShape } from '../typeStyles';

const POINTS: Partial<Record<NodeShape, string>> = {
  diamond: '8,1 15,8 8,15 1,8',
  triangle: '8,1 15,15 1,15',
  hexagon: '4,1 12,1 15,8 12,15 4,15 1,8',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  star: '8,1 10,6 15,6 11,9 13,15 8,11 3,15 5,9 1,6 6,6',
  vee: '1,1 8,6 15,1 8,15',
  rhomboid: '5,2 15,2 11,14 1,14',
  tag: '1,2 11,2 15,8 11,14 1,14',
};

export function ShapeGlyph({ shape, color }: { shape: NodeShape; color: string }) {
  const points = POINTS[shape];
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden>
      {shape === 'ellipse' && <circle cx={8} cy={8} r={7} fill={color} />}
      {shape === 'round-rectangle' && (
        <rect x={1} y={2} width={14} height={12} rx={3} fill={color} />
      )}
      {shape === 'barrel' && <rect x={2} y={1} width={12} height={14} rx={5} fill={color} />}
      {points && <polygon points={points} fill={color} />}
    </svg>
  );
}
