/** A recovery phrase as a numbered list, easy to copy down by hand. */
export function PhraseWords({ phrase, label }: { phrase: string; label: string }) {
  return (
    <ol className="phrase" aria-label={label} data-testid="recovery-phrase">
      {phrase.split(' ').map((word, i) => (
        <li key={i} className="mono">
          {word}
        </li>
      ))}
    </ol>
  );
}
