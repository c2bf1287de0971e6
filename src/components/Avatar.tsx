import { useState } from 'react';
import { avatarColour, initials } from './avatar-look';

/**
 * A round avatar: the picture when there is one and it loads, else initials on the ID's colour.
 * Decorative: the name beside it is what assistive technology reads.
 */
export function Avatar({
  id,
  name,
  size = 40,
  src,
}: {
  id: string;
  name: string;
  size?: number;
  src?: string;
}) {
  const [broken, setBroken] = useState(false);
  const box = { width: size, height: size, fontSize: Math.round(size * 0.4) };
  if (src && !broken) {
    return (
      <img
        className="avatar"
        src={src}
        alt=""
        aria-hidden="true"
        style={box}
        onError={() => setBroken(true)}
      />
    );
  }
  return (
    <span className="avatar" aria-hidden="true" style={{ ...box, background: avatarColour(id) }}>
      {initials(name, id)}
    </span>
  );
}
