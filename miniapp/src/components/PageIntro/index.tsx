import { Text, View } from '@tarojs/components';
import './index.css';

/** The blue band at the top of a tab page: what this screen is for, in one or two lines. */
export function PageIntro({ title, description }: { title: string; description: string }) {
  return (
    <View className="page-intro">
      <Text className="page-intro__title">{title}</Text>
      <Text className="page-intro__desc">{description}</Text>
    </View>
  );
}
