export default { transform: (record) => record };
