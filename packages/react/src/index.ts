export type { BannerTone, ProblemBannerProps } from './banner/ProblemBanner';
export { ProblemBanner } from './banner/ProblemBanner';
