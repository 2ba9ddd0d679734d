// Browser tests render the real app pieces in Chromium with Mantine's styles.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
