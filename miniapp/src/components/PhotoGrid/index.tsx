import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { TClueView } from '@recall/shared';
import type { DraftPhoto } from '../../features/clues/clueDraft';
import './index.css';

/** The thumbnail of an uploaded photo: the same signed URL with `&size=thumb`. */
export function thumbOf(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}size=thumb`;
}

interface EditProps {
  photos: DraftPhoto[];
  max: number;
  onAdd: () => void;
  onRetry: (key: string) => void;
  onRemove: (key: string) => void;
}

/** Photos of a report being written: each with its upload progress, failure and retry, removable. */
export function PhotoEditor({ photos, max, onAdd, onRetry, onRemove }: EditProps) {
  return (
    <View className="photos">
      {photos.map((p) => (
        <PhotoTile key={p.key} photo={p} onRetry={onRetry} onRemove={onRemove} />
      ))}
      {photos.length < max ? (
        <View className="photos__tile photos__add" hoverClass="photos__add--active" onClick={onAdd}>
          <Text className="photos__plus">+</Text>
          <Text className="photos__add-text">{photos.length === 0 ? '添加照片' : `${photos.length}/${max}`}</Text>
        </View>
      ) : null}
    </View>
  );
}

function PhotoTile({
  photo,
  onRetry,
  onRemove,
}: {
  photo: DraftPhoto;
  onRetry: (key: string) => void;
  onRemove: (key: string) => void;
}) {
  const [broken, setBroken] = useState(false);
  const src = photo.path ?? (photo.url ? thumbOf(photo.url) : '');
  return (
    <View className={`photos__tile photos__tile--${photo.status}`}>
      {src && !broken ? (
        <Image className="photos__img" src={src} mode="aspectFill" onError={() => setBroken(true)} />
      ) : (
        <View className="photos__missing">
          <Text>{photo.status === 'done' ? '已上传' : ''}</Text>
        </View>
      )}
      {photo.status === 'uploading' ? (
        <View className="photos__veil">
          <Text className="photos__progress">{photo.progress}%</Text>
          <View className="photos__bar">
            <View className="photos__bar-fill" style={{ width: `${photo.progress}%` }} />
          </View>
        </View>
      ) : null}
      {photo.status === 'failed' ? (
        <View
          className="photos__veil photos__veil--failed"
          onClick={() => {
            if (photo.error) void Taro.showModal({ title: '上传失败', content: photo.error, showCancel: false });
          }}
        >
          <Text className="photos__failed">{photo.path ? '上传失败' : '无法上传'}</Text>
          {photo.error ? <Text className="photos__why">点按查看原因</Text> : null}
          {photo.path ? (
            <Text
              className="photos__retry"
              onClick={(e) => {
                e.stopPropagation();
                onRetry(photo.key);
              }}
            >
              重试
            </Text>
          ) : null}
        </View>
      ) : null}
      {photo.status === 'done' ? <Text className="photos__ok">✓</Text> : null}
      <View
        className="photos__remove"
        onClick={(e) => {
          e.stopPropagation();
          onRemove(photo.key);
        }}
      >
        <Text>×</Text>
      </View>
    </View>
  );
}

/** Photos of a submitted clue: thumbnails; a tap opens the full images (previewImage). */
export function PhotoGallery({ photos }: { photos: TClueView['photos'] }) {
  if (photos.length === 0) return <Text className="photos__none">未上传照片</Text>;
  const urls = photos.map((p) => p.url);
  return (
    <View className="photos">
      {photos.map((p) => (
        <View
          key={p.id}
          className="photos__tile"
          onClick={() => void Taro.previewImage({ urls, current: p.url }).catch(() => undefined)}
        >
          <Image className="photos__img" src={p.thumbnailUrl} mode="aspectFill" />
          {/* WeChat's image check has not answered yet: only the reporter sees it meanwhile */}
          {p.pending ? <Text className="photos__pending">审核中</Text> : null}
        </View>
      ))}
    </View>
  );
}
