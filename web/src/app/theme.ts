import { type CSSVariablesResolver, createTheme, type MantineThemeOverride } from "@mantine/core";
import { PRIMARY_SHADE, paletteFrom } from "./palette";

const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

/** The Mantine theme in the Region's colour, on the system fonts. */
export function regionTheme(primaryColor: string): MantineThemeOverride {
  return createTheme({
    colors: { region: paletteFrom(primaryColor) },
    primaryColor: "region",
    primaryShade: PRIMARY_SHADE,
    fontFamily: SYSTEM_FONTS,
    headings: { fontFamily: SYSTEM_FONTS },
    focusRing: "auto",
    respectReducedMotion: true,
    defaultRadius: "sm",
    cursorType: "pointer",
    components: {
      Modal: { defaultProps: { closeButtonProps: { "aria-label": "Fermer" } } },
      Notification: {
        defaultProps: { closeButtonProps: { "aria-label": "Fermer la notification" } },
        // A titled notification's message is gray 6 by default: below AA contrast on white (3.3:1).
        styles: { description: { color: "var(--mantine-color-dimmed)" } },
      },
      PasswordInput: {
        defaultProps: {
          visibilityToggleButtonProps: { "aria-label": "Afficher ou masquer le mot de passe" },
        },
      },
    },
  });
}

/**
 * Secondary ("dimmed") text one shade darker than Mantine's, and fields' error messages and invalid
 * values in the darkest red: Mantine's (red 6) are below AA contrast on white.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": theme.colors.gray[7] as string,
    "--mantine-color-error": theme.colors.red[9] as string,
  },
  dark: {},
});
