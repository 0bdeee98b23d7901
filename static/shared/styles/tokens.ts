/**
 * Every design token the UI uses, each with the Atlassian light-theme value as its fallback.
 * The host (Confluence, Jira, the local host) supplies the real values for the active theme
 * once `view.theme.enable()` ran; the fallbacks only show if that token CSS is missing.
 * No other file holds a colour: add a token here rather than a hex value in a component.
 */
import { token } from '@atlaskit/tokens';

export const color = {
  text: token('color.text', '#292A2E'),
  textSubtle: token('color.text.subtle', '#505258'),
  textSubtlest: token('color.text.subtlest', '#6B6E76'),
  textInverse: token('color.text.inverse', '#FFFFFF'),
  textDanger: token('color.text.danger', '#AE2E24'),
  textSuccess: token('color.text.success', '#4C6B1F'),
  textWarning: token('color.text.warning', '#9E4C00'),
  textWarningInverse: token('color.text.warning.inverse', '#292A2E'),
  textInformation: token('color.text.information', '#1558BC'),
  textDiscovery: token('color.text.discovery', '#803FA5'),
  textSelected: token('color.text.selected', '#1868DB'),
  textDisabled: token('color.text.disabled', '#080F214A'),
  link: token('color.link', '#1868DB'),

  border: token('color.border', '#0B120E24'),
  borderInput: token('color.border.input', '#8C8F97'),
  borderFocused: token('color.border.focused', '#4688EC'),
  borderDanger: token('color.border.danger', '#E2483D'),
  borderSelected: token('color.border.selected', '#1868DB'),

  bgNeutral: token('color.background.neutral', '#0515240F'),
  bgNeutralHovered: token('color.background.neutral.hovered', '#0B120E24'),
  bgNeutralPressed: token('color.background.neutral.pressed', '#080F214A'),
  bgNeutralSubtle: token('color.background.neutral.subtle', '#00000000'),
  bgNeutralSubtleHovered: token('color.background.neutral.subtle.hovered', '#0515240F'),
  bgNeutralSubtlePressed: token('color.background.neutral.subtle.pressed', '#0B120E24'),
  bgNeutralBold: token('color.background.neutral.bold', '#292A2E'),
  bgBrandBold: token('color.background.brand.bold', '#1868DB'),
  bgBrandBoldHovered: token('color.background.brand.bold.hovered', '#1558BC'),
  bgBrandBoldPressed: token('color.background.brand.bold.pressed', '#144794'),
  bgDangerBold: token('color.background.danger.bold', '#C9372C'),
  bgDangerBoldHovered: token('color.background.danger.bold.hovered', '#AE2E24'),
  bgDangerBoldPressed: token('color.background.danger.bold.pressed', '#872821'),
  bgInput: token('color.background.input', '#FFFFFF'),
  bgInputHovered: token('color.background.input.hovered', '#F8F8F8'),
  bgSelected: token('color.background.selected', '#E9F2FE'),
  bgSelectedHovered: token('color.background.selected.hovered', '#CFE1FD'),
  bgDisabled: token('color.background.disabled', '#0515240F'),
  bgSuccess: token('color.background.success', '#EFFFD6'),
  bgWarning: token('color.background.warning', '#FFF5DB'),
  bgDanger: token('color.background.danger', '#FFECEB'),
  bgInformation: token('color.background.information', '#E9F2FE'),
  bgDiscovery: token('color.background.discovery', '#F8EEFE'),
  bgSuccessBold: token('color.background.success.bold', '#5B7F24'),
  bgWarningBold: token('color.background.warning.bold', '#FBC828'),
  bgInformationBold: token('color.background.information.bold', '#1868DB'),

  iconSubtle: token('color.icon.subtle', '#505258'),
  iconDiscovery: token('color.icon.discovery', '#AF59E1'),
  iconInformation: token('color.icon.information', '#357DE8'),
  iconDanger: token('color.icon.danger', '#C9372C'),
  iconSuccess: token('color.icon.success', '#6A9A23'),
  iconWarning: token('color.icon.warning', '#E06C00'),
  skeleton: token('color.skeleton', '#0515240F'),
  skeletonSubtle: token('color.skeleton.subtle', '#17171708'),
} as const;

export const elevation = {
  surface: token('elevation.surface', '#FFFFFF'),
  surfaceRaised: token('elevation.surface.raised', '#FFFFFF'),
  surfaceOverlay: token('elevation.surface.overlay', '#FFFFFF'),
  surfaceSunken: token('elevation.surface.sunken', '#F8F8F8'),
  surfaceHovered: token('elevation.surface.hovered', '#F0F1F2'),
  shadowRaised: token('elevation.shadow.raised', '0px 1px 1px #1E1F2140, 0px 0px 1px #1E1F214F'),
  shadowOverlay: token('elevation.shadow.overlay', '0px 8px 12px #1E1F2126, 0px 0px 1px #1E1F214F'),
} as const;

export const space = {
  s025: token('space.025', '0.125rem'),
  s050: token('space.050', '0.25rem'),
  s075: token('space.075', '0.375rem'),
  s100: token('space.100', '0.5rem'),
  s150: token('space.150', '0.75rem'),
  s200: token('space.200', '1rem'),
  s300: token('space.300', '1.5rem'),
  s400: token('space.400', '2rem'),
  s600: token('space.600', '3rem'),
} as const;

const family = '"Atlassian Sans", ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Ubuntu, "Helvetica Neue", sans-serif';

export const font = {
  body: token('font.body', `normal 400 0.875rem/1.25rem ${family}`),
  bodySmall: token('font.body.small', `normal 400 0.75rem/1rem ${family}`),
  headingMedium: token('font.heading.medium', `normal 653 1.25rem/1.5rem ${family}`),
  headingSmall: token('font.heading.small', `normal 653 1rem/1.25rem ${family}`),
  headingXsmall: token('font.heading.xsmall', `normal 653 0.875rem/1.25rem ${family}`),
  headingXxsmall: token('font.heading.xxsmall', `normal 653 0.75rem/1rem ${family}`),
  metricMedium: token('font.metric.medium', `normal 653 1.5rem/1.75rem ${family}`),
  metricSmall: token('font.metric.small', `normal 653 1rem/1.25rem ${family}`),
  weightMedium: token('font.weight.medium', '500'),
  weightSemibold: token('font.weight.semibold', '600'),
  weightBold: token('font.weight.bold', '653'),
} as const;

export const radius = {
  xsmall: token('radius.xsmall', '0.125rem'),
  small: token('radius.small', '0.25rem'),
  medium: token('radius.medium', '0.375rem'),
  large: token('radius.large', '0.5rem'),
  full: token('radius.full', '624.9375rem'),
} as const;

export const border = {
  width: token('border.width', '0.0625rem'),
  widthFocused: token('border.width.focused', '0.125rem'),
} as const;
