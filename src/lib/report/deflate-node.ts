/** Node's zlib (native code) as the report's compressor: see deflate.ts. */
import { deflateSync } from 'node:zlib';
import { useDeflate } from './deflate';

export function useNodeDeflate(): void {
	useDeflate((data) => deflateSync(data, { level: 6 }));
}
