/**
 * A small JQL parser: text -> syntax tree, by recursive descent. Only syntax is checked here;
 * which fields, values and operators exist is jql-eval.ts's job, as in Jira (whose messages both
 * copy, since apps log and sometimes show them).
 *
 *   query    := orExpr? ('ORDER' 'BY' sortKey (',' sortKey)*)? EOF
 *   orExpr   := andExpr (('OR' | '||') andExpr)*
 *   andExpr  := notExpr (('AND' | '&&') notExpr)*
 *   notExpr  := ('NOT' | '!') notExpr | '(' orExpr ')' | clause
 *   clause   := field operator operand
 *   operator := '=' | '!=' | '~' | '!~' | '<' | '<=' | '>' | '>=' | 'IN' | 'NOT' 'IN' | 'IS' | 'IS' 'NOT'
 *   operand  := 'EMPTY' | 'NULL' | value | function | '(' operand (',' operand)* ')'
 *   sortKey  := field ('ASC' | 'DESC')?
 * Keywords are case-insensitive; a quoted "AND" is a value. Bare values may hold `-`, `.`, `/`,
 * `[`, `]` and `:` (GROW-1, -7d, 2026/11/01, cf[10016], 712020:uuid).
 */

export type JqlOperator = '=' | '!=' | '~' | '!~' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'is' | 'is not';

export type JqlOperand =
  | { kind: 'value'; value: string; quoted: boolean }
  | { kind: 'empty' }
  | { kind: 'function'; name: string; args: string[] }
  | { kind: 'list'; items: JqlOperand[] };

export interface JqlClause {
  kind: 'clause';
  field: string;
  operator: JqlOperator;
  operand: JqlOperand;
}

export type JqlNode = JqlClause | { kind: 'and'; items: JqlNode[] } | { kind: 'or'; items: JqlNode[] } | { kind: 'not'; item: JqlNode };

export interface JqlSortKey {
  field: string;
  direction?: 'ASC' | 'DESC';
}

export interface JqlQuery {
  /** Absent for an unbounded query (empty, or ORDER BY only). */
  where?: JqlNode;
  orderBy: JqlSortKey[];
}

/** Any JQL the demo refuses; routes answer 400 with the message as Jira does. */
export class JqlError extends Error {
  override readonly name: string = 'JqlError';
}

/**
 * A field, issue key, project or other value the query names that does not exist (or that the
 * caller may not see). Jira validates JQL strictly by default (400 with this message) but may
 * answer such queries leniently, as if the clause matched nothing (`validateQuery=warn`, and
 * some sites): the demo Jira does either (DemoJira.jqlValidation).
 */
export class JqlUnknownReferenceError extends JqlError {
  override readonly name = 'JqlUnknownReferenceError';
}

type TokenKind = 'word' | 'string' | 'op' | '(' | ')' | ',' | 'eof';
interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based character position, as Jira reports it. */
  at: number;
}

const OPERATOR_CHARS = /[=!<>~]/;
const WORD_STOP = /[\s()",'=!<>~&|]/;
const OPERATORS = new Set(['=', '!=', '~', '!~', '<', '<=', '>', '>=']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch, text: ch, at: i + 1 });
      i += 1;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== ch) {
        // Jira escapes quotes and backslashes inside strings with a backslash.
        if (text[j] === '\\' && j + 1 < text.length) j += 1;
        value += text[j];
        j += 1;
      }
      if (j >= text.length) throw syntaxError(`The quoted string '${value}' has not been completed.`, i + 1);
      tokens.push({ kind: 'string', text: value, at: i + 1 });
      i = j + 1;
    } else if ((ch === '&' && text[i + 1] === '&') || (ch === '|' && text[i + 1] === '|')) {
      tokens.push({ kind: 'word', text: ch === '&' ? 'AND' : 'OR', at: i + 1 });
      i += 2;
    } else if (OPERATOR_CHARS.test(ch)) {
      const two = text.slice(i, i + 2);
      const op = OPERATORS.has(two) ? two : ch;
      tokens.push({ kind: 'op', text: op, at: i + 1 });
      i += op.length;
    } else if (ch === '&' || ch === '|') {
      throw syntaxError(`The character '${ch}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}' instead.`, i + 1);
    } else {
      let j = i;
      while (j < text.length && !WORD_STOP.test(text[j] as string)) j += 1;
      tokens.push({ kind: 'word', text: text.slice(i, j), at: i + 1 });
      i = j;
    }
  }
  tokens.push({ kind: 'eof', text: '', at: text.length + 1 });
  return tokens;
}

function syntaxError(detail: string, at?: number): JqlError {
  return new JqlError(`Error in the JQL Query: ${detail}${at !== undefined ? ` (line 1, character ${at})` : ''}`);
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'empty', 'null', 'order', 'by', 'asc', 'desc']);

export function parseJql(text: string): JqlQuery {
  return new Parser(tokenize(text)).query();
}

class Parser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  query(): JqlQuery {
    const where = this.isKeyword('order') || this.peek().kind === 'eof' ? undefined : this.orExpr();
    const orderBy: JqlSortKey[] = [];
    if (this.isKeyword('order')) {
      this.next();
      if (!this.isKeyword('by')) throw syntaxError(`Expecting 'by' but got '${this.peek().text}'.`, this.peek().at);
      this.next();
      do {
        if (orderBy.length > 0) this.next();
        orderBy.push(this.sortKey());
      } while (this.peek().kind === ',');
    }
    const rest = this.peek();
    if (rest.kind !== 'eof') {
      throw syntaxError(
        where && orderBy.length === 0 ? `Expecting either 'OR' or 'AND' but got '${rest.text}'.` : `Expecting ',' but got '${rest.text}'.`,
        rest.at,
      );
    }
    return { ...(where ? { where } : {}), orderBy };
  }

  private orExpr(): JqlNode {
    const items = [this.andExpr()];
    while (this.isKeyword('or')) {
      this.next();
      items.push(this.andExpr());
    }
    return items.length === 1 ? (items[0] as JqlNode) : { kind: 'or', items };
  }

  private andExpr(): JqlNode {
    const items = [this.notExpr()];
    while (this.isKeyword('and')) {
      this.next();
      items.push(this.notExpr());
    }
    return items.length === 1 ? (items[0] as JqlNode) : { kind: 'and', items };
  }

  private notExpr(): JqlNode {
    const token = this.peek();
    if (this.isKeyword('not') || (token.kind === 'op' && token.text === '!')) {
      this.next();
      return { kind: 'not', item: this.notExpr() };
    }
    if (token.kind === '(') {
      this.next();
      const inner = this.orExpr();
      this.expect(')');
      return inner;
    }
    return this.clause();
  }

  private clause(): JqlClause {
    const field = this.fieldName();
    const operator = this.operator();
    const operand = this.operand(operator);
    return { kind: 'clause', field, operator, operand };
  }

  private fieldName(): string {
    const token = this.peek();
    if (token.kind === 'string' || (token.kind === 'word' && !KEYWORDS.has(token.text.toLowerCase()))) {
      this.next();
      return token.text;
    }
    if (token.kind === 'eof') throw syntaxError('Expecting a field name at the end of the query.');
    throw syntaxError(`Expecting a field name but got '${token.text}'.`, token.at);
  }

  private operator(): JqlOperator {
    const token = this.next();
    if (token.kind === 'op' && OPERATORS.has(token.text)) return token.text as JqlOperator;
    const word = token.kind === 'word' ? token.text.toLowerCase() : '';
    if (word === 'in') return 'in';
    if (word === 'not' && this.isKeyword('in')) {
      this.next();
      return 'not in';
    }
    if (word === 'is') {
      if (this.isKeyword('not')) {
        this.next();
        return 'is not';
      }
      return 'is';
    }
    const got = token.kind === 'eof' ? 'the end of the query' : `'${token.text}'`;
    throw syntaxError(
      `Expecting operator but got ${got}. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.`,
      token.kind === 'eof' ? undefined : token.at,
    );
  }

  private operand(operator: JqlOperator): JqlOperand {
    if (operator === 'in' || operator === 'not in') {
      if (this.peek().kind !== '(') {
        const token = this.peek();
        throw syntaxError(`Expecting '(' but got '${token.text}'.`, token.at);
      }
      return this.list();
    }
    return this.single();
  }

  private list(): JqlOperand {
    this.expect('(');
    const items = [this.single()];
    while (this.peek().kind === ',') {
      this.next();
      items.push(this.single());
    }
    this.expect(')');
    return { kind: 'list', items };
  }

  private single(): JqlOperand {
    const token = this.peek();
    if (token.kind === '(') return this.list();
    if (token.kind === 'string') {
      this.next();
      return { kind: 'value', value: token.text, quoted: true };
    }
    if (token.kind === 'word') {
      const lower = token.text.toLowerCase();
      if (lower === 'empty' || lower === 'null') {
        this.next();
        return { kind: 'empty' };
      }
      if (KEYWORDS.has(lower)) throw syntaxError(`Expecting either a value, list or function but got '${token.text}'. You must surround '${token.text}' in quotation marks to use it as a value.`, token.at);
      this.next();
      if (this.peek().kind === '(') return this.functionCall(token.text);
      return { kind: 'value', value: token.text, quoted: false };
    }
    const got = token.kind === 'eof' ? 'the end of the query' : `'${token.text}'`;
    throw syntaxError(`Expecting either a value, list or function but got ${got}.`, token.kind === 'eof' ? undefined : token.at);
  }

  private functionCall(name: string): JqlOperand {
    this.expect('(');
    const args: string[] = [];
    while (this.peek().kind !== ')') {
      const token = this.next();
      if (token.kind !== 'word' && token.kind !== 'string') throw syntaxError(`Expecting ')' but got '${token.text || 'the end of the query'}'.`, token.at);
      args.push(token.text);
      if (this.peek().kind === ',') this.next();
    }
    this.expect(')');
    return { kind: 'function', name, args };
  }

  private sortKey(): JqlSortKey {
    const token = this.peek();
    if (token.kind !== 'word' && token.kind !== 'string') {
      throw syntaxError(token.kind === 'eof' ? 'Expecting a field name at the end of the query.' : `Expecting a field name but got '${token.text}'.`, token.kind === 'eof' ? undefined : token.at);
    }
    this.next();
    if (this.isKeyword('asc') || this.isKeyword('desc')) {
      return { field: token.text, direction: this.next().text.toUpperCase() as 'ASC' | 'DESC' };
    }
    return { field: token.text };
  }

  private expect(kind: TokenKind): Token {
    const token = this.next();
    if (token.kind === kind) return token;
    if (token.kind === 'eof') throw syntaxError(`Expecting '${kind}' before the end of the query.`);
    throw syntaxError(`Expecting '${kind}' but got '${token.text}'.`, token.at);
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.text.toLowerCase() === word;
  }

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }

  private next(): Token {
    const token = this.tokens[this.pos] as Token;
    if (token.kind !== 'eof') this.pos += 1;
    return token;
  }
}
