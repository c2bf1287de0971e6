import { Avatar } from '../../components/Avatar';
import { useMediaUrl } from './use-media-url';

/** An avatar with the person's picture when its decrypted copy is on this device; initials else. */
export function PictureAvatar({
  id,
  name,
  size,
  picture,
}: {
  id: string;
  name: string;
  size?: number;
  picture: { readonly id: string } | null | undefined;
}) {
  const src = useMediaUrl(picture ? { kind: 'avatar', id: picture.id } : undefined);
  return <Avatar id={id} name={name} {...(size !== undefined ? { size } : {})} {...(src ? { src } : {})} />;
}
