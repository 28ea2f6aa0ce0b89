/** Inline icons: decorative (hidden from assistive technology); the control around each carries the name. */
const common = {
  className: 'icon',
  viewBox: '0 0 24 24',
  'aria-hidden': true,
  focusable: false,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export const LinkIcon = () => (
  <svg {...common}>
    <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
  </svg>
);

export const ArrowIcon = ({ direction }: { direction: 'up' | 'down' | 'left' | 'right' }) => (
  <svg {...common} className={`icon icon-arrow-${direction}`}>
    <path d="M12 5v14M6 13l6 6 6-6" />
  </svg>
);

export const ShareIcon = () => (
  <svg {...common}>
    <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M12 3v12M7 8l5-5 5 5" />
  </svg>
);

export const ChevronIcon = () => (
  <svg {...common}>
    <path d="M6 9l6 6 6-6" />
  </svg>
);

export const PlayIcon = () => (
  <svg {...common} fill="currentColor" stroke="none">
    <path d="M8 5v14l11-7z" />
  </svg>
);

export const SearchIcon = () => (
  <svg {...common}>
    <circle cx="11" cy="11" r="6.5" />
    <path d="M16 16l4.5 4.5" />
  </svg>
);

export const CloseIcon = () => (
  <svg {...common}>
    <path d="M6 6l12 12M18 6L6 18" />
  </svg>
);

export const QuoteIcon = () => (
  <svg {...common}>
    <path d="M9 7H5v5h4v-5zm0 5c0 3-1.5 4.5-4 5M19 7h-4v5h4v-5zm0 5c0 3-1.5 4.5-4 5" />
  </svg>
);
