/** The few glyphs the UI needs, as inline SVG in `currentColor` so they follow the text token. */
import type { SVGProps } from 'react';

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number };

function Icon({ size = 16, children, ...rest }: IconProps & { children: React.ReactNode }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill="none" aria-hidden="true" focusable="false" {...rest}>
      {children}
    </svg>
  );
}

const stroke = { stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export const PlusIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 3v10M3 8h10" {...stroke} />
  </Icon>
);

export const PencilIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10.5 2.5l3 3L6 13H3v-3l7.5-7.5z" {...stroke} />
  </Icon>
);

export const TrashIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5" {...stroke} />
  </Icon>
);

export const CheckIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3 8.5l3 3 7-7" {...stroke} />
  </Icon>
);

export const ChevronDownIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 6l4 4 4-4" {...stroke} />
  </Icon>
);

export const CloseIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 4l8 8M12 4l-8 8" {...stroke} />
  </Icon>
);

export const HistoryIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M2.5 8a5.5 5.5 0 1 0 1.6-3.9M2.5 2.5v2.2h2.2M8 5v3.2l2 1.3" {...stroke} />
  </Icon>
);

export const AlignIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 13V9a2 2 0 0 1 2-2h6M9.5 4.5L12 7 9.5 9.5" {...stroke} />
  </Icon>
);

export const TargetIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="8" cy="8" r="5.5" {...stroke} />
    <circle cx="8" cy="8" r="2.5" {...stroke} />
  </Icon>
);

export const WarningIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 2.5l6 10.5H2L8 2.5z" {...stroke} />
    <path d="M8 6.5v3M8 11.2v.1" {...stroke} />
  </Icon>
);

export const InfoIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="8" cy="8" r="6" {...stroke} />
    <path d="M8 7.5v3.5M8 5v.1" {...stroke} />
  </Icon>
);

/** Jira's epic glyph: a lightning bolt. */
export const EpicIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M9 1.8L3.8 9h3.7L6.9 14.2 12.2 7H8.5L9 1.8z" fill="currentColor" />
  </Icon>
);

export const LockIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="3.5" y="7" width="9" height="6.5" rx="1.2" {...stroke} />
    <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" {...stroke} />
  </Icon>
);

export const LinkIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.1-2.1a2.6 2.6 0 0 0-3.7-3.7l-.8.8M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.4 8.9a2.6 2.6 0 0 0 3.7 3.7l.8-.8" {...stroke} />
  </Icon>
);

export const UnlinkIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M9.5 4.2l.7-.7a2.6 2.6 0 0 1 3.7 3.7l-.7.7M6.5 11.8l-.7.7a2.6 2.6 0 0 1-3.7-3.7l.7-.7M3 3l10 10" {...stroke} />
  </Icon>
);

/** Work tracked by hand, outside Jira: a checklist. */
export const TaskIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="2.5" y="2.5" width="11" height="11" rx="2" {...stroke} />
    <path d="M5.2 8.2l1.9 1.9 3.7-3.9" {...stroke} />
  </Icon>
);

export const SearchIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="7" cy="7" r="4.5" {...stroke} />
    <path d="M10.4 10.4L13.5 13.5" {...stroke} />
  </Icon>
);

export const CloudOffIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4.6 6.4A3 3 0 0 0 4.5 12.5h6.3M12.9 11.9A2.6 2.6 0 0 0 11.5 7 3.9 3.9 0 0 0 6.8 4.1M2.5 2.5l11 11" {...stroke} />
  </Icon>
);

/** A vote: an upward chevron in a rounded box. */
export const VoteIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4.5 9.5L8 6l3.5 3.5" {...stroke} />
  </Icon>
);
