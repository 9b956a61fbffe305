import { describe, expect, it } from 'vitest';
import { definitionOf } from './glossary';

describe('the short definitions one tap away', () => {
  it("are the measure's own description, with the templates that lack it", () => {
    expect(definitionOf('fees', 'zh')).toBe('行政事业性收费本年收费金额（万元）。2019 年版格式无此项。');
    expect(definitionOf('fees', 'en')).toBe(
      'Administrative fees collected in the year (10,000 yuan). Not in the 2019 template.',
    );
    expect(definitionOf('licensing', 'zh')).toBe('行政许可本年处理决定数量。');
    expect(definitionOf('granted_rate', 'en')).toBe('Granted plus partly granted, over all applications handled.');
  });

  it('define the terms that are not measures, a finding by one of the rules', () => {
    expect(definitionOf('reports', 'zh')).toContain('每个机构每年一份');
    expect(definitionOf('finding', 'zh')).toContain('表三每一行的“总计”应等于六类申请人之和');
    expect(definitionOf('finding', 'en')).toContain('a warning or a note');
  });
});
