export * from './dist/staff';
