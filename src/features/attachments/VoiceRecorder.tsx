/**
 * Records a voice message in the page (the host grants the microphone to the app's own origin
 * only, audio only): a timer while recording, cancel, and stop — which attaches the clip to the
 * composer as an audio file with the voice flag and its duration, as the official apps send it.
 */
import { useEffect, useRef, useState } from 'react';
import { useStaging } from '../../app/stores-context';
import { Icon } from '../../components/icons';
import { t } from '../../i18n/t';
import { durationText } from './file-text';

type Recording = { recorder: MediaRecorder; startedAt: number };

export function VoiceRecorder() {
  const add = useStaging((s) => s.add);
  const [rec, setRec] = useState<Recording | undefined>(undefined);
  const [elapsed, setElapsed] = useState(0);
  const [denied, setDenied] = useState(false);
  const current = useRef<Recording | undefined>(undefined);
  /** Whether the clip being stopped is attached (stop) or dropped (cancel, leaving). */
  const keep = useRef(false);
  useEffect(() => {
    if (!rec) return;
    const timer = setInterval(() => setElapsed(Date.now() - rec.startedAt), 250);
    return () => clearInterval(timer);
  }, [rec]);
  // Leaving the chat mid-recording drops it and frees the microphone.
  useEffect(() => () => current.current?.recorder.stop(), []);

  const start = async (): Promise<void> => {
    setDenied(false);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
    } catch {
      setDenied(true);
      return;
    }
    const recorder = new MediaRecorder(stream);
    const parts: Blob[] = [];
    const r: Recording = { recorder, startedAt: Date.now() };
    keep.current = false;
    recorder.ondataavailable = (e) => parts.push(e.data);
    recorder.onstop = () => {
      for (const track of stream.getTracks()) track.stop();
      current.current = undefined;
      if (!keep.current) return;
      const type = recorder.mimeType || 'audio/webm';
      const file = new File(parts, `voice-message.${type.includes('ogg') ? 'ogg' : 'webm'}`, { type });
      add([file], { voice: true, durationMs: Date.now() - r.startedAt });
    };
    recorder.start();
    current.current = r;
    setElapsed(0);
    setRec(r);
  };
  const stop = (attach: boolean): void => {
    if (!rec) return;
    keep.current = attach;
    rec.recorder.stop();
    setRec(undefined);
  };

  if (!rec) {
    return (
      <>
        <button
          type="button"
          className="icon-button"
          aria-label={t('files.record')}
          onClick={() => void start()}
        >
          <Icon name="mic" />
        </button>
        {denied && (
          <span role="alert" className="error">
            {t('files.micDenied')}
          </span>
        )}
      </>
    );
  }
  return (
    <span className="voice-recorder" role="status">
      <span>{t('files.recording', { time: durationText(elapsed) })}</span>
      <button
        type="button"
        className="icon-button small"
        aria-label={t('files.cancelRecording')}
        onClick={() => stop(false)}
      >
        <Icon name="close" size={16} />
      </button>
      <button type="button" className="secondary small" onClick={() => stop(true)}>
        {t('files.stopRecording')}
      </button>
    </span>
  );
}
