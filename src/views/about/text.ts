/**
 * The prose of 关于数据 / About the data, in both languages with the same structure (a test
 * checks that). Measure names in the prose are the template's own wording.
 */
import type { Lang } from '../../url/state';

export interface Term {
  term: string;
  definition: string;
}

export interface AboutSection {
  id: string;
  heading: string;
  paragraphs: string[];
  terms?: Term[];
}

export interface AboutText {
  title: string;
  sections: AboutSection[];
  sourcesHeading: string;
  sourcesIntro: string;
  rulesHeading: string;
  rulesIntro: string;
  licenceHeading: string;
  licence: string[];
  columns: { agency: string; year: string; title: string; format: string; status: string; link: string };
  statusOk: string;
  statusFailed: string;
  noLink: string;
}

export const ABOUT: Record<Lang, AboutText> = {
  zh: {
    title: '关于数据',
    sections: [
      {
        id: 'reports',
        heading: '这些年报是什么',
        paragraphs: [
          '根据《中华人民共和国政府信息公开条例》第五十条，各级行政机关每年都要公布上一年度的政府信息公开工作年度报告。自 2021 年度报告起，报告按国务院办公厅政府信息与政务公开办公室统一格式（国办公开办函〔2021〕30号）填报；2019、2020 年度报告使用此前的格式（国办公开办函〔2019〕60号）。',
          '每份报告都有三张统计表：表二“主动公开政府信息情况”（规章、行政规范性文件、行政许可、行政处罚、行政强制和行政事业性收费），表三“收到和处理政府信息公开申请情况”（按申请人类型分列的收件、办理结果和结转），表四“政府信息公开行政复议、行政诉讼情况”。',
          '本站把各机关网站上公开发布的报告逐份解析为开放数据：每个单元格一行，保留原文，数字可追溯到报告、表格、行和列。',
        ],
      },
      {
        id: 'measures',
        heading: '各项指标的含义',
        paragraphs: ['表三的办理结果分为六类，每份申请只归入一类：'],
        terms: [
          {
            term: '予以公开',
            definition: '申请的信息全部公开。',
          },
          {
            term: '部分公开',
            definition:
              '申请的信息中一部分公开、一部分不公开（区分处理）。格式要求“区分处理的，只计这一情形，不计其他情形”，所以一份部分公开的申请只计一次，不再计入不予公开，办理结果各项相加才等于总计。',
          },
          {
            term: '不予公开',
            definition:
              '机关认定信息依法不应公开并拒绝公开，例如属于国家秘密、危及“三安全一稳定”、保护第三方合法权益、属于内部事务或过程性信息。这是对信息本身作出的实体决定。',
          },
          {
            term: '无法提供',
            definition: '机关不掌握相关信息、信息需要另行制作，或补正后申请内容仍不明确。',
          },
          {
            term: '不予处理',
            definition:
              '申请不属于政府信息公开申请或不予受理的情形，例如信访举报投诉、重复申请、要求提供公开出版物、无正当理由大量反复申请。与“不予公开”不同，机关并没有就信息能否公开作出决定。',
          },
          {
            term: '其他处理',
            definition: '例如申请人逾期不补正或不缴纳信息处理费，机关不再处理。',
          },
          {
            term: '行政事业性收费',
            definition: '表二中本年收费金额，单位为万元；2019 年版格式只填报收费项目数量，不填报金额。',
          },
        ],
      },
      {
        id: 'blanks',
        heading: '空白单元格',
        paragraphs: [
          '格式要求没有数据的单元格填 0。原表中留空、只写“—”“/”或“无”的单元格在数据中为空值（NULL），不会被当作 0：合计时不计入，页面会说明涉及多少个空白单元格。',
        ],
      },
    ],
    sourcesHeading: '数据来源',
    sourcesIntro:
      '以下是本数据集收录的全部年报，链接指向发布机关的原始页面，或保存该页面的公开存档（如 GitHub 上的网页存档）。',
    rulesHeading: '如何核验数字',
    rulesIntro:
      '每份年报都按格式自身的勾稽关系检查；不符合的情况记为“问题”（规则、单元格、应为、实为），原数字保持原样，不做修改。检查规则如下：',
    licenceHeading: '许可',
    licence: [
      '年报是各级行政机关依法公开发布的政府信息，数据集中的数字均取自原文。整理后的数据集以 CC BY 4.0 协议发布，使用时请注明发布机关。',
      '本站源代码以 MIT 协议开源。本站完全静态，不向任何第三方服务器发出请求。',
    ],
    columns: { agency: '机构', year: '年度', title: '标题', format: '格式', status: '解析状态', link: '原文' },
    statusOk: '已解析',
    statusFailed: '无法解析',
    noLink: '无链接',
  },
  en: {
    title: 'About the data',
    sections: [
      {
        id: 'reports',
        heading: 'What the reports are',
        paragraphs: [
          'Under article 50 of the Regulations on Open Government Information, every administrative agency publishes an annual report on its disclosure work for the previous year. Since the reports for 2021 they follow one national template (国办公开办函〔2021〕30号); the reports for 2019 and 2020 follow the earlier template (〔2019〕60号).',
          'Every report has three tables: table 2, proactive disclosure (regulations, normative documents, licensing, penalties, enforcement, administrative fees); table 3, applications received and handled (by type of applicant: received, outcomes, carried forward); table 4, administrative reviews and lawsuits about disclosure.',
          'This site turns the reports published on agency websites into open data, one row per cell, keeping the text as printed, so every number traces back to its report, table, row and column.',
        ],
      },
      {
        id: 'measures',
        heading: 'What each measure means',
        paragraphs: [
          'Table 3 sorts the applications handled into six outcomes; each application counts in exactly one:',
        ],
        terms: [
          { term: 'Granted (予以公开)', definition: 'All the information asked for was disclosed.' },
          {
            term: 'Partly granted (部分公开)',
            definition:
              'Part of the information was disclosed and part withheld. The template says such an application counts only here and not under any other outcome, so it counts once and the outcomes add up to the total handled.',
          },
          {
            term: 'Refused (不予公开)',
            definition:
              'The agency decided that the information must not be disclosed, e.g. a state secret, a danger to security or stability, third-party rights, internal affairs or process information. A decision about the information itself.',
          },
          {
            term: 'Cannot be provided (无法提供)',
            definition:
              'The agency does not hold the information, it would have to be created, or the request stayed unclear.',
          },
          {
            term: 'Not processed (不予处理)',
            definition:
              'The request was not treated as a disclosure application: a petition or complaint, a duplicate, a request for a publication, mass repeated requests. Unlike a refusal, no decision was made about whether the information can be disclosed.',
          },
          {
            term: 'Otherwise handled (其他处理)',
            definition: 'E.g. the applicant did not correct the request or pay the fee in time, so the agency stopped.',
          },
          {
            term: 'Administrative fees',
            definition:
              'The amount collected in the year, in 10,000 yuan (万元), from table 2. The 2019 template reports only the number of fee items, not the amount.',
          },
        ],
      },
      {
        id: 'blanks',
        heading: 'Blank cells',
        paragraphs: [
          'The template asks for 0 where there is nothing to report. A cell left blank, or holding only a dash, a slash or 无, is NULL in the data and never read as 0: sums leave it out and the page says how many blank cells were involved.',
        ],
      },
    ],
    sourcesHeading: 'Sources',
    sourcesIntro:
      "Every report in the dataset; the links lead to the publishing agency's page, or to a public archive that keeps a copy of it (such as a web archive on GitHub).",
    rulesHeading: 'How the figures are checked',
    rulesIntro:
      "Each report is checked against the template's own arithmetic. A break is recorded as a finding (rule, cells, expected, found); the figures themselves are never changed. The rules:",
    licenceHeading: 'Licence',
    licence: [
      'The reports are government information published by the agencies themselves; every figure comes from their text. The compiled dataset is released under CC BY 4.0; please credit the publishing agencies.',
      'The source code of this site is open source under the MIT licence. The site is fully static and makes no request to any third-party server.',
    ],
    columns: { agency: 'Agency', year: 'Year', title: 'Title', format: 'Format', status: 'Parsed', link: 'Source' },
    statusOk: 'parsed',
    statusFailed: 'could not be parsed',
    noLink: 'no link',
  },
};
