/** One line in Chinese for the version history list. */
export function opSummary(op: { type: string; [key: string]: unknown }): string {
  const text = (value: unknown) => {
    const s = typeof value === 'string' ? value : '';
    return s.length > 20 ? `${s.slice(0, 20)}…` : s;
  };
  switch (op.type) {
    case 'insertTurn':
      return `新增发言（${String(op.role)}）`;
    case 'updateTurnText':
      return `修改发言：${text(op.text)}`;
    case 'setSpeaker':
      return `更换发言人为 ${String(op.role)}${op.name ? ` ${String(op.name)}` : ''}`;
    case 'deleteTurn':
      return '删除发言';
    case 'insertSection':
      return `新增环节：${text(op.title)}`;
    case 'renameSection':
      return `环节改名为：${text(op.title)}`;
    case 'updateHeader':
      return '修改笔录首部';
    case 'restore':
      return `恢复至第 ${String(op.toVersion)} 版`;
    default:
      return op.type;
  }
}
