// The ECharts modules echarts.ts imports one by one: each exports the installer `use` takes (ECharts ships
// their own declarations only under types/src, whose types do not unify with those of echarts/core).
type Installer = Extract<Parameters<typeof import('echarts/core').use>[0], (...args: never[]) => void>;
declare module 'echarts/lib/chart/bar/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/chart/pie/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/component/grid/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/component/legend/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/renderer/installCanvasRenderer.js' {
  export const install: Installer;
}
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  export const install: Installer;
}
