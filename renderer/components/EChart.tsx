import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { init, use as install } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

// Only what the app draws, so the bundle carries no other chart types. Canvas, not SVG: it needs
// nothing the CSP refuses (no eval, no remote fonts or images).
install([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  option: EChartsCoreOption;
  height?: number | string;
  style?: CSSProperties;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** One ECharts instance on a div: created on mount, re-optioned on change, resized with its box. */
export function EChart({ option, height = 280, style, ...rest }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // Follows window resizes and layout changes alike (side menu, collapsing panels).
    const observer = new ResizeObserver(() => {
      if (!instance.isDisposed()) instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" style={{ width: '100%', height, ...style }} {...rest} />;
}
