import { JqlError, parseJql, type JqlNode } from './jql-parser';

/** A compact rendering of the tree, so precedence reads at a glance. */
function show(node: JqlNode | undefined): string {
  if (!node) return '';
  switch (node.kind) {
    case 'and':
      return `(${node.items.map(show).join(' AND ')})`;
    case 'or':
      return `(${node.items.map(show).join(' OR ')})`;
    case 'not':
      return `NOT ${show(node.item)}`;
    case 'clause': {
      const operand = (o: typeof node.operand): string =>
        o.kind === 'value' ? (o.quoted ? `"${o.value}"` : o.value) : o.kind === 'empty' ? 'EMPTY' : o.kind === 'function' ? `${o.name}(${o.args.join(',')})` : `[${o.items.map(operand).join(',')}]`;
      return `${node.field} ${node.operator} ${operand(node.operand)}`;
    }
  }
}

const where = (jql: string) => show(parseJql(jql).where);

describe('JQL parser', () => {
  it('binds AND tighter than OR, and parentheses override', () => {
    expect(where('project = GROW OR project = PLAT AND status = Done')).toBe('(project = GROW OR (project = PLAT AND status = Done))');
    expect(where('(project = GROW OR project = PLAT) AND status = Done')).toBe('((project = GROW OR project = PLAT) AND status = Done)');
    expect(where('a = 1 and b = 2 or c = 3 and d = 4')).toBe('((a = 1 AND b = 2) OR (c = 3 AND d = 4))');
  });

  it('reads NOT (and !) as a prefix binding tighter than AND', () => {
    expect(where('NOT status = Done AND project = GROW')).toBe('(NOT status = Done AND project = GROW)');
    expect(where('not (status = Done or status = "In Review")')).toBe('NOT (status = Done OR status = "In Review")');
    expect(where('! status = Done')).toBe('NOT status = Done');
    expect(where('project = GROW && status = Done || key = GROW-1')).toBe('((project = GROW AND status = Done) OR key = GROW-1)');
  });

  it('reads every operator, lists, EMPTY and functions', () => {
    expect(where('parent in (GROW-1, "PLAT-3", 10212)')).toBe('parent in [GROW-1,"PLAT-3",10212]');
    expect(where('status NOT IN ("To Do", Done)')).toBe('status not in ["To Do",Done]');
    expect(where('summary ~ "온보딩" AND text !~ legacy')).toBe('(summary ~ "온보딩" AND text !~ legacy)');
    expect(where('assignee is EMPTY or parent IS NOT null')).toBe('(assignee is EMPTY OR parent is not EMPTY)');
    expect(where('assignee = currentUser()')).toBe('assignee = currentUser()');
    expect(where('created >= -7d AND updated < "2026/11/01 09:30" AND cf[10016] > 3')).toBe(
      '(created >= -7d AND updated < "2026/11/01 09:30" AND cf[10016] > 3)',
    );
    expect(where('assignee = 712020:3f8b2c4e-1d6a-4e7b-9c05-8a2f6d1e4b73')).toBe('assignee = 712020:3f8b2c4e-1d6a-4e7b-9c05-8a2f6d1e4b73');
    expect(where(`"Story point estimate" is not empty`)).toBe('Story point estimate is not EMPTY');
  });

  it('keeps quoted keywords as values and unescapes quotes', () => {
    expect(where('summary ~ "AND"')).toBe('summary ~ "AND"');
    expect(where(String.raw`summary ~ "say \"hi\""`)).toBe('summary ~ "say "hi""');
    expect(where("status = 'In Progress'")).toBe('status = "In Progress"');
  });

  it('reads ORDER BY with directions, with or without a restriction', () => {
    expect(parseJql('project = GROW ORDER BY status DESC, key asc, created')).toEqual({
      where: expect.anything(),
      orderBy: [{ field: 'status', direction: 'DESC' }, { field: 'key', direction: 'ASC' }, { field: 'created' }],
    });
    expect(parseJql('order by key desc')).toEqual({ orderBy: [{ field: 'key', direction: 'DESC' }] });
    expect(parseJql('   ')).toEqual({ orderBy: [] });
  });

  it.each([
    ['project = "GROW', "Error in the JQL Query: The quoted string 'GROW' has not been completed. (line 1, character 11)"],
    ['project GROW', "Error in the JQL Query: Expecting operator but got 'GROW'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)"],
    ['(project = GROW', "Error in the JQL Query: Expecting ')' before the end of the query."],
    ['project = GROW status = Done', "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 16)"],
    ['project in GROW', "Error in the JQL Query: Expecting '(' but got 'GROW'. (line 1, character 12)"],
    ['project =', 'Error in the JQL Query: Expecting either a value, list or function but got the end of the query.'],
    ['project = GROW AND', 'Error in the JQL Query: Expecting a field name at the end of the query.'],
    ['project = GROW & status = Done', expect.stringContaining("The character '&' is a reserved JQL character")],
    ['project = GROW ORDER key', "Error in the JQL Query: Expecting 'by' but got 'key'. (line 1, character 22)"],
    ['status = and', expect.stringContaining("Expecting either a value, list or function but got 'and'")],
  ])('refuses %s', (jql, message) => {
    expect(() => parseJql(jql)).toThrow(JqlError);
    try {
      parseJql(jql);
    } catch (error) {
      expect((error as Error).message).toEqual(message);
    }
  });
});
