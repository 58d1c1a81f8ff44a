#!/usr/bin/env node
console.log("assay");
