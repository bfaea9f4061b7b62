// Electron Forge: `npm run package` / `npm run make` after `npm run build` has filled dist/.
// The app ships dist/ (main, preload, workers, migrations, renderer), resources/ and production
// node_modules; better-sqlite3's native code is unpacked from the asar so it can be loaded.
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

// The files Gloss opens by double-click (as in electron-builder.yml; electron/open-files.ts).
const documents = [
  { ext: 'glossassignment', name: 'Gloss assignment', mimeType: 'application/x-gloss-assignment' },
  { ext: 'glossanswers', name: 'Gloss answers', mimeType: 'application/x-gloss-answers' },
  { ext: 'gloss', name: 'Gloss exchange file', mimeType: 'application/x-gloss-exchange' },
];

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Gloss',
    executableName: 'gloss',
    appBundleId: 'org.gloss.app',
    appCategoryType: 'public.app-category.productivity',
    icon: 'resources/icon', // the extension per platform is added by the packager
    asar: { unpack: '**/node_modules/better-sqlite3/**' },
    // macOS: Finder opens these in Gloss (the app gets them as open-file events).
    extendInfo: {
      CFBundleDocumentTypes: documents.map((d) => ({ CFBundleTypeName: d.name, CFBundleTypeExtensions: [d.ext], CFBundleTypeRole: 'Editor', LSHandlerRank: 'Owner' })),
    },
    // Only what runs: sources, tests and tooling stay out of the package.
    ignore: [
      /^\/(electron|renderer|shared|tests|bench|docs|scripts|reports|test-results|playwright-report|out|\.ci|\.github)(\/|$)/,
      /^\/[^/]+\.(ts|md|yml|yaml)$/,
      /^\/(tsconfig[^/]*\.json|eslint\.config\.js|package-lock\.json)$/,
      /\.map$/,
    ],
  },
  rebuildConfig: { onlyModules: ['better-sqlite3'] },
  makers: [
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
    new MakerDeb({
      options: {
        name: 'gloss',
        productName: 'Gloss',
        genericName: 'News annotation workbench',
        categories: ['Office', 'Education'],
        icon: 'resources/icon.png',
        section: 'editors',
        mimeType: documents.map((d) => d.mimeType),
      },
    }),
  ],
  plugins: [
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
