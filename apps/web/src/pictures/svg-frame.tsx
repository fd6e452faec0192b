/** A titled, described SVG: screen readers get the title and a text summary of the picture. */
import type { ComponentChildren } from 'preact';

interface Props {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly width: number;
  readonly height: number;
  readonly children: ComponentChildren;
  /** Drawn between the caption and the picture (the fill histogram's case selector). */
  readonly controls?: ComponentChildren;
}

export function SvgFrame({ id, title, summary, width, height, children, controls }: Props) {
  return (
    <figure class="picture" data-picture={id}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {controls}
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: role="img" named by aria-labelledby (the figcaption and the desc) */}
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
        <desc id={`${id}-desc`}>{summary}</desc>
        {children}
      </svg>
    </figure>
  );
}
