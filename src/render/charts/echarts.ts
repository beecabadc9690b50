/**
 * @module ECharts with only what the report's charts use (bar and pie, grid and legend, the SVG and canvas
 * renderers), imported module by module rather than the whole library: ~20 MB less per thread that draws
 * charts (a batch worker, the server's render thread), and the same drawing (checked byte for byte on the
 * example and ten synthetic departments when this was introduced; the chart tests compare the SVGs).
 */

import * as echarts from 'echarts/core';
import { install as BarChart } from 'echarts/lib/chart/bar/install.js';
import { install as PieChart } from 'echarts/lib/chart/pie/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/install.js';
import { install as LegendComponent } from 'echarts/lib/component/legend/install.js';
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, SVGRenderer, CanvasRenderer]);

export { echarts };
