import { Button, Card } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TitleComponentOption, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the 统计 screen draws, to keep the bundle lean: bar charts on a canvas.
echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption | TooltipComponentOption>;

interface Props {
  title: string;
  option: ChartOption;
  height?: number;
  empty?: string | null;
  onSave(title: string, pngBase64: string): void;
}

/** One chart in a card, with 保存图片 (PNG at twice the screen's resolution, white background). */
export function Chart({ title, option, height = 320, empty, onSave }: Props) {
  const el = useRef<HTMLDivElement | null>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas', locale: 'ZH' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, true);
  }, [option]);

  function save() {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (url) onSave(title, url.replace(/^data:image\/png;base64,/, ''));
  }

  return (
    <Card
      size="small"
      title={title}
      extra={
        <Button size="small" icon={<DownloadOutlined />} onClick={save} disabled={Boolean(empty)}>
          保存图片
        </Button>
      }
    >
      <div style={{ position: 'relative' }}>
        <div ref={el} style={{ height }} data-testid={`chart-${title}`} />
        {empty && <div className="chart-empty">{empty}</div>}
      </div>
    </Card>
  );
}
