/** A titled, described SVG: screen readers get the title and a text summary of the picture. */
import type { ComponentChildren } from 'preact';

interface Props {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly width: number;
  readonly height: number;
  readonly children: ComponentChildren;
}

export function SvgFrame({ id, title, summary, width, height, children }: Props) {
  return (
    <figure class="picture" data-picture={id}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: role="img" named by aria-labelledby (the figcaption and the desc) */}
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
        <desc id={`${id}-desc`}>{summary}</desc>
        {children}
      </svg>
    </figure>
  );
}
