export declare const DEV_URL: string;
export declare function publicBaseUrl(url: string): string;
export declare function rewriteManifestUrls(manifestXml: string, publicUrl: string): string;
