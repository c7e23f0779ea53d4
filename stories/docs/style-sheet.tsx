import { ColorItem, ColorPalette } from '@storybook/addon-docs/blocks';
import base from '../../packages/react/src/styles/base.css?raw';

/**
 * The tokens and class names read from the kit's own stylesheets when the docs are built, so these pages
 * cannot drift from what ships.
 */
const sheets = import.meta.glob<string>('../../packages/react/src/styles/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The `--tactful-*` declarations of the first rule whose selector contains `selector`. */
function declarations(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  const tokens = new Map<string, string>();
  if (start < 0 || open < 0 || close < 0) return tokens;
  for (const [, name, value] of css.slice(open + 1, close).matchAll(/(--tactful-[a-z-]+)\s*:\s*([^;]+);/g)) {
    if (name && value) tokens.set(name, value.trim());
  }
  return tokens;
}

const light = declarations(base, ':where([data-theme="light"])');
const dark = declarations(base, ':where([data-theme="dark"])');
/** The first (default) motion duration: 0s under reduced motion. */
const motion = new Map([
  ['--tactful-motion', /--tactful-motion\s*:\s*([^;]+);/.exec(base)?.[1]?.trim() ?? ''],
]);

const isColour = (value: string) => /^(#|rgb)/.test(value);

/** Every colour token, light and dark side by side. */
export function ColourTokens() {
  return (
    <ColorPalette>
      {[...light]
        .filter(([, value]) => isColour(value))
        .map(([name, value]) => (
          <ColorItem
            colors={{ light: value, dark: dark.get(name) ?? value }}
            key={name}
            subtitle={`light ${value} · dark ${dark.get(name) ?? '(same)'}`}
            title={name}
          />
        ))}
    </ColorPalette>
  );
}

/** The tokens that are not colours: shape, spacing, type and motion. */
export function OtherTokens() {
  const rows = [...light, ...motion].filter(([, value]) => !isColour(value));
  return (
    <table>
      <thead>
        <tr>
          <th>token</th>
          <th>default</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
            </td>
            <td>
              <code>{value}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every `tactful-*` class the stylesheets style, by component. */
export function ClassNames() {
  const byArea = Object.entries(sheets)
    .map(([path, css]) => {
      const area = path.slice(path.lastIndexOf('/') + 1, -'.css'.length);
      const classes = [...new Set([...css.matchAll(/\.(tactful-[a-z0-9_-]+)/g)].map(([, name]) => name))];
      return [area, classes] as const;
    })
    .filter(([, classes]) => classes.length > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  return (
    <table>
      <thead>
        <tr>
          <th>stylesheet</th>
          <th>classes</th>
        </tr>
      </thead>
      <tbody>
        {byArea.map(([area, classes]) => (
          <tr key={area}>
            <td>
              <code>styles/{area}.css</code>
            </td>
            <td>
              {classes.map((name, index) => (
                <span key={name}>
                  {index ? ' ' : ''}
                  <code>{name}</code>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
