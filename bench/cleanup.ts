/** Things to undo (servers, the throwaway cluster, temp folders), newest first, also on Ctrl-C. */
export class Cleanups {
  private readonly actions: { label: string; action: () => Promise<void> | void }[] = [];

  add(label: string, action: () => Promise<void> | void): () => Promise<void> {
    const entry = { label, action };
    this.actions.push(entry);
    return async () => {
      const index = this.actions.indexOf(entry);
      if (index >= 0) {
        this.actions.splice(index, 1);
        await entry.action();
      }
    };
  }

  async runAll(): Promise<void> {
    while (this.actions.length > 0) {
      const entry = this.actions.pop();
      if (!entry) {
        break;
      }
      try {
        await entry.action();
      } catch (error) {
        process.stderr.write(
          `cleanup "${entry.label}" failed: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    }
  }
}
