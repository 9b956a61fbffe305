/**
 * The SQL editor: CodeMirror 6 with DuckDB highlighting, completion of keywords, functions and the
 * live schema's tables and columns, Ctrl/Cmd+Enter to run (the selection when there is one), and
 * the position of the last error marked in the text.
 */
import {
  autocompletion,
  type CompletionContext,
  closeBrackets,
  closeBracketsKeymap,
  completeFromList,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { sql } from '@codemirror/lang-sql';
import { bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import { DuckDB } from './dialect';
import { columnsInScope, completionSchema, type SchemaTable } from './schema';

export interface SqlEditorHandle {
  getText: () => string;
  setText: (text: string) => void;
  /** Insert at the cursor (replacing the selection) and focus the editor. */
  insert: (text: string) => void;
  focus: () => void;
}

export interface SqlEditorProps {
  ref?: Ref<SqlEditorHandle>;
  initialText: string;
  tables: readonly SchemaTable[];
  lang: 'zh' | 'en';
  functions: readonly string[];
  /** Offset of an error to mark, or null. */
  errorAt: number | null;
  label: string;
  placeholderText: string;
  /** Run `text`, which starts at offset `from` of the document (a selection, or everything). */
  onRun: (text: string, from: number) => void;
  onChange: (text: string) => void;
}

// Colours chosen for at least 4.5:1 contrast on white (WCAG AA for text).
const highlightStyle = HighlightStyle.define([
  { tag: tags.keyword, color: '#7a1f8f', fontWeight: '600' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: '#0b5e57' },
  { tag: [tags.string, tags.special(tags.string)], color: '#a3231c' },
  { tag: [tags.number, tags.bool, tags.null], color: '#1f5a9c' },
  { tag: [tags.lineComment, tags.blockComment], color: '#5f6368', fontStyle: 'italic' },
  { tag: tags.operator, color: '#4a4a4a' },
]);

const setError = StateEffect.define<number | null>();
const errorMark = Decoration.mark({ class: 'sql-error-mark' });
const errorLine = Decoration.line({ class: 'sql-error-line' });

/** The error marker: the token at the offset and its line; cleared on the next edit. */
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setError)) continue;
      if (effect.value === null) return Decoration.none;
      const doc = tr.state.doc;
      const from = Math.min(effect.value, doc.length);
      const line = doc.lineAt(from);
      const word = /^[\w"'.]+/.exec(doc.sliceString(from, line.to))?.[0].length ?? 1;
      const to = Math.min(from + word, line.to);
      const ranges = [errorLine.range(line.from)];
      if (to > from) ranges.push(errorMark.range(from, to));
      return Decoration.set(ranges);
    }
    return tr.docChanged ? Decoration.none : marks.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

export function SqlEditor({
  ref,
  initialText,
  tables,
  lang,
  functions,
  errorAt,
  label,
  placeholderText,
  onRun,
  onChange,
}: SqlEditorProps) {
  const holder = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  const callbacks = useRef({ onRun, onChange });
  callbacks.current = { onRun, onChange };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; later text and callbacks reach it through refs
  useEffect(() => {
    const runSelectionOrAll = (v: EditorView) => {
      const { from, to } = v.state.selection.main;
      if (from !== to) callbacks.current.onRun(v.state.sliceDoc(from, to), from);
      else callbacks.current.onRun(v.state.doc.toString(), 0);
      return true;
    };
    const editor = new EditorView({
      parent: holder.current!,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          closeBrackets(),
          autocompletion({ activateOnTyping: true }),
          syntaxHighlighting(highlightStyle),
          EditorView.lineWrapping,
          placeholder(placeholderText),
          errorField,
          language.current.of([]),
          keymap.of([
            { key: 'Mod-Enter', run: runSelectionOrAll, preventDefault: true },
            ...closeBracketsKeymap,
            ...completionKeymap,
            ...historyKeymap,
            ...defaultKeymap,
          ]),
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) callbacks.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Created once; later props flow in through the effects below.
  }, []);

  useEffect(() => {
    const bareColumns = (context: CompletionContext) => {
      const word = context.matchBefore(/[A-Za-z_][A-Za-z0-9_]*/);
      if (!word || (word.from === word.to && !context.explicit)) return null;
      const options = columnsInScope(context.state.doc.toString(), tables, lang);
      return options.length ? { from: word.from, options, validFor: /^[A-Za-z0-9_]*$/ } : null;
    };
    view.current?.dispatch({
      effects: language.current.reconfigure([
        sql({ dialect: DuckDB, schema: completionSchema(tables, lang), upperCaseKeywords: true }),
        DuckDB.language.data.of({ autocomplete: bareColumns }),
        DuckDB.language.data.of({
          autocomplete: completeFromList(functions.map((f) => ({ label: f, type: 'function' }))),
        }),
      ]),
    });
  }, [tables, lang, functions]);

  useEffect(() => {
    view.current?.dispatch({ effects: setError.of(errorAt) });
  }, [errorAt]);

  useImperativeHandle(
    ref,
    () => ({
      getText: () => view.current?.state.doc.toString() ?? '',
      setText: (text) => {
        const v = view.current;
        if (v)
          v.dispatch({
            changes: { from: 0, to: v.state.doc.length, insert: text },
            selection: { anchor: text.length },
          });
      },
      insert: (text) => {
        const v = view.current;
        if (!v) return;
        v.dispatch(v.state.replaceSelection(text));
        v.focus();
      },
      focus: () => view.current?.focus(),
    }),
    [],
  );

  return <div ref={holder} className="sql-editor" />;
}
