// `import file from './x.png?asset'`: electron-vite copies the file into the build and the
// import is its path at run time (as electron-vite/node declares it; that file also retypes
// process.env, so only this one module is declared here).
declare module '*?asset' {
  const path: string;
  export default path;
}
