/**
 * public/data/datapackage.json: the dataset as a Frictionless Data Package (resources, typed
 * schemas with descriptions in Chinese and English, licence, sources).
 */
import { type SqlType, TABLES, VIEWS } from '../dataset/dictionary';
import type { ReportRow } from '../dataset/rows';
import type { DatasetManifest } from './datasetManifest';

const FRICTIONLESS_TYPE: Record<SqlType, string> = {
  VARCHAR: 'string',
  INTEGER: 'integer',
  DOUBLE: 'number',
  BOOLEAN: 'boolean',
  DATE: 'date',
};

export const DATASET_TITLE = {
  zh: '政府信息公开工作年度报告数据集',
  en: 'Government information disclosure annual reports',
};

/** One source per report: `agency · year · file` and its link (the README lists the same). */
export function reportSources(reports: readonly ReportRow[]): { title: string; path?: string }[] {
  return reports.map((r) => ({
    title: [r.agency_name, r.year && `${r.year}`, r.source_file].filter(Boolean).join(' · '),
    ...(r.source_url ? { path: r.source_url } : {}),
  }));
}

export function buildDatapackage(manifest: DatasetManifest, reports: readonly ReportRow[]) {
  return {
    profile: 'data-package',
    name: 'disclosure-atlas',
    title: `${DATASET_TITLE.zh} · ${DATASET_TITLE.en}`,
    description:
      '表二、表三、表四逐单元格数据、勾稽关系检查结果与机关名录，取自各机关公开发布的政府信息公开工作年度报告。 ' +
      'Every cell of tables 2, 3 and 4, the consistency findings and the agencies, from the annual reports the agencies published.',
    version: manifest.version,
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0 International',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    rights:
      '源报告为各机关依法公开的政府文件；本数据集以 CC BY 4.0 发布，使用时请注明发布机关（reports.agency_name）与原文链接（reports.source_url）。 ' +
      'The source reports are public government documents; the dataset is released under CC BY 4.0 with attribution to the publishing agencies (reports.agency_name) and the original documents (reports.source_url).',
    sources: reportSources(reports),
    resources: manifest.files.map((f) => {
      const spec = TABLES.find((t) => t.name === f.table)!;
      return {
        name: spec.name,
        path: f.name,
        format: 'parquet',
        mediatype: 'application/vnd.apache.parquet',
        compression: 'snappy',
        bytes: f.bytes,
        hash: `sha256:${f.sha256}`,
        description: spec.en,
        description_zh: spec.zh,
        schema: {
          fields: spec.columns.map((c) => ({
            name: c.name,
            type: FRICTIONLESS_TYPE[c.type],
            description: c.en,
            description_zh: c.zh,
          })),
        },
      };
    }),
    // Not part of the Frictionless standard: the SQL views shipped beside the files (views.sql).
    views: VIEWS.map((v) => ({ name: v.name, path: 'views.sql', description: v.en, description_zh: v.zh })),
  };
}
